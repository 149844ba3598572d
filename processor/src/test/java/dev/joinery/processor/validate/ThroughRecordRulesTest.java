package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** belongsToMany through a {@code @Table} record: what the record must hold, and the Linked type. */
class ThroughRecordRulesTest {
  private static final JavaFileObject ACTOR = source("Actor",
      "@Table",
      "public record Actor(@Id @AutoIncrement Long id, String name) {}");
  private static final JavaFileObject CASTING = source("Casting",
      "@Table",
      "public record Casting(",
      "    @Id @AutoIncrement Long id,",
      "    String role,",
      "    Long movieId,",
      "    Long actorId,",
      "    @BelongsTo Movie movie,",
      "    @BelongsTo Actor actor) {}");

  private static JavaFileObject movie(String... association) {
    String[] lines = new String[association.length + 3];
    lines[0] = "@Table";
    lines[1] = "public record Movie(";
    lines[2] = "    @Id @AutoIncrement Long id,";
    System.arraycopy(association, 0, lines, 3, association.length);
    return source("Movie", lines);
  }

  @Test
  void throughRecordWithPayloadCompiles() {
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Casting.class)",
        "    List<dev.joinery.Linked<Actor, Casting>> cast) {}");
    Compilation compilation = compile(movie, ACTOR, CASTING);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void bothThroughForms() {
    JavaFileObject movie = movie(
        "    @BelongsToMany(through = \"castings\", throughRecord = Casting.class)",
        "    List<Actor> actors) {}");
    assertOnlyError(compile(movie, ACTOR, CASTING),
        "[joinery:through-twice] @BelongsToMany Movie.actors names both a junction table"
            + " (through = \"castings\") and a through record (throughRecord = Casting.class);"
            + " keep throughRecord for a junction with payload columns, or through for a"
            + " generated one",
        movie, "through = \"castings\"");
  }

  @Test
  void throughRecordIsNoTable() {
    JavaFileObject role = source("Role",
        "public record Role(Long movieId, Long actorId) {}");
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Role.class) List<Actor> actors) {}");
    assertOnlyError(compile(movie, ACTOR, role),
        "[joinery:through-not-table] throughRecord Role of @BelongsToMany Movie.actors is not a"
            + " @Table record of this compilation; annotate Role with @Table, or write through ="
            + " \"movie_actors\" for a generated junction",
        movie, "throughRecord = Role.class");
  }

  @Test
  void throughRecordWithoutKeyToTheSource() {
    JavaFileObject casting = source("Casting",
        "@Table",
        "public record Casting(",
        "    @Id @AutoIncrement Long id,",
        "    Long actorId,",
        "    @BelongsTo Actor actor) {}");
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Casting.class) List<Actor> actors) {}");
    assertOnlyError(compile(movie, ACTOR, casting),
        "[joinery:through-missing-key] Casting, the through record of @BelongsToMany"
            + " Movie.actors, has no @BelongsTo to Movie; a through record holds a key to both"
            + " sides: add `Long movieId, @BelongsTo Movie movie` to Casting",
        movie, "throughRecord = Casting.class");
  }

  @Test
  void throughRecordKeyNamedWrong() {
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Casting.class, otherKey = \"performerId\")",
        "    List<Actor> actors) {}");
    assertOnlyError(compile(movie, ACTOR, CASTING),
        "[joinery:through-unknown-key] Casting, the through record of @BelongsToMany"
            + " Movie.actors, has no @BelongsTo to Actor over \"performerId\"; otherKey names the"
            + " foreign key of one of its @BelongsTo to Actor: \"actorId\"",
        movie, "otherKey = \"performerId\"");
  }

  @Test
  void throughRecordWithTwoKeysToOneSide() {
    JavaFileObject person = source("Person",
        "@Table",
        "public record Person(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(throughRecord = Friendship.class, foreignKey = \"personId\")",
        "    List<Person> friends) {}");
    JavaFileObject friendship = source("Friendship",
        "@Table",
        "public record Friendship(",
        "    @Id @AutoIncrement Long id,",
        "    Long personId,",
        "    Long friendId,",
        "    @BelongsTo Person person,",
        "    @BelongsTo Person friend) {}");
    assertOnlyError(compile(person, friendship),
        "[joinery:through-ambiguous-key] Friendship, the through record of @BelongsToMany"
            + " Person.friends, has several @BelongsTo to Person; say which one holds the key"
            + " with otherKey = one of \"personId\", \"friendId\"",
        person, "throughRecord = Friendship.class");
  }

  @Test
  void throughRecordKeyOfTheWrongType() {
    JavaFileObject casting = source("Casting",
        "@Table",
        "public record Casting(",
        "    @Id @AutoIncrement Long id,",
        "    String movieId,",
        "    Long actorId,",
        "    @BelongsTo Movie movie,",
        "    @BelongsTo Actor actor) {}");
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Casting.class) List<Actor> actors) {}");
    // The record's own @BelongsTo reports it, on the key; Movie only waits for Casting.
    assertOnlyError(compile(movie, ACTOR, casting),
        "[joinery:foreign-key-type] foreign key Casting.movieId is String but references"
            + " Movie.id, which is Long (@BelongsTo Casting.movie); declare `Long movieId`",
        casting, "String movieId");
  }

  @Test
  void linkedWithAnotherPayload() {
    JavaFileObject movie = movie(
        "    @BelongsToMany(throughRecord = Casting.class)",
        "    List<dev.joinery.Linked<Actor, Actor>> cast) {}");
    assertOnlyError(compile(movie, ACTOR, CASTING),
        "[joinery:linked-payload] Movie.cast holds Linked<Actor, Actor> but its links are"
            + " Casting rows; declare it as List<Linked<Actor, Casting>>",
        movie, "@BelongsToMany(throughRecord = Casting.class)");
  }

  @Test
  void linkedThroughAGeneratedJunction() {
    JavaFileObject movie = movie(
        "    @BelongsToMany(through = \"movie_actors\")",
        "    List<dev.joinery.Linked<Actor, Casting>> cast) {}");
    assertOnlyError(compile(movie, ACTOR, CASTING),
        "[joinery:linked-without-record] Movie.cast holds Linked targets but its junction"
            + " \"movie_actors\" is generated and has no payload to link; declare it as"
            + " List<Actor>, or give the junction a record with throughRecord = YourLink.class",
        movie, "@BelongsToMany(through = \"movie_actors\")");
  }
}
