package dev.joinery.it.seeds.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.Linked;
import dev.joinery.UniqueConstraintException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Movies ↔ actors through the Casting record: payload written, read typed, keys unique. */
class CastingsTest {
  private TestDatabase db;
  private MovieDao movies;
  private ActorDao actors;
  private Actor carrie;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "movies", "actors", "castings");
    movies = db.jdbi().onDemand(MovieDao.class);
    actors = db.jdbi().onDemand(ActorDao.class);
    carrie = actors.create(Actor.of("Carrie-Anne Moss"));
    db.counter().reset();
    db.roundTrips().reset();
  }

  /** The castings as "movie|actor|role|billing", by billing. */
  private List<String> castings() {
    return SeedDb.lines(db, "SELECT \"m\".\"title\", \"a\".\"name\", \"c\".\"role\","
        + " \"c\".\"billing\" FROM \"castings\" \"c\""
        + " JOIN \"movies\" \"m\" ON \"m\".\"id\" = \"c\".\"movie_id\""
        + " JOIN \"actors\" \"a\" ON \"a\".\"id\" = \"c\".\"actor_id\""
        + " ORDER BY \"c\".\"movie_id\", \"c\".\"billing\"");
  }

  private Movie matrix() {
    return movies.create(new Movie(null, "The Matrix", List.of(
        Linked.of(Actor.of("Keanu Reeves"), Casting.of("Neo", 1)),
        Linked.of(carrie, Casting.of("Trinity", 2)))), MovieTable.CAST);
  }

  @DatabaseTest
  void nestedCreateWritesEachLinkWithItsPayload(TestDatabase db) {
    Movie created = matrix();

    // The movie, the new actor, the two castings: one statement each level (batches).
    assertThat(db.counter().count()).isEqualTo(3);
    // Plus setAutoCommit(false), commit, setAutoCommit(true): all or nothing.
    assertThat(db.roundTrips().count()).as(db.roundTrips().trips().toString()).isEqualTo(6);
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
    assertThat(created.cast()).extracting(l -> l.target().name(), l -> l.link().role())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Keanu Reeves", "Neo"),
            org.assertj.core.groups.Tuple.tuple("Carrie-Anne Moss", "Trinity"));
    Casting neo = created.cast().get(0).link();
    assertThat(neo.id()).isNotNull();
    assertThat(neo.movieId()).isEqualTo(created.id());
    assertThat(neo.actorId()).isEqualTo(created.cast().get(0).target().id());
    assertThat(neo.createdAt()).isNotNull();
  }

  @DatabaseTest
  void includeReadsTargetsWithTheirLinkRows(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();
    db.roundTrips().reset();

    Movie found = movies.findByPk(created.id(), Query.include(MovieTable.CAST)).orElseThrow();

    // The movie, then the actors joined with their castings: the link rows cost no statement.
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(db.roundTrips().count()).isEqualTo(2);
    assertThat(found.cast()).hasSize(2);
    Linked<Actor, Casting> trinity = found.cast().stream()
        .filter(l -> l.link().role().equals("Trinity")).findFirst().orElseThrow();
    assertThat(trinity.target()).isEqualTo(carrie);
    assertThat(trinity.link().billing()).isEqualTo(2);
    assertThat(trinity.link().movieId()).isEqualTo(created.id());
    assertThat(trinity.link().createdAt()).isNotNull();
  }

  @DatabaseTest
  void theOtherSideReadsTheTargetsThroughTheSameTable(TestDatabase db) {
    Movie created = matrix();

    Actor found = actors.findByPk(carrie.id(), Query.include(ActorTable.MOVIES)).orElseThrow();

    assertThat(found.movies()).extracting(Movie::title).containsExactly("The Matrix");
    assertThat(actors.getMovies(carrie)).extracting(Movie::id).containsExactly(created.id());
  }

  @DatabaseTest
  void addWithALinkInsertsOneRowAndRefusesASecondLink(TestDatabase db) {
    Movie reloaded = movies.create(Movie.of("Memento"));
    db.counter().reset();

    db.roundTrips().reset();
    movies.addCast(reloaded, carrie, Casting.of("Natalie", 2));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(db.roundTrips().count()).isEqualTo(1);
    assertThat(castings()).containsExactly("Memento|Carrie-Anne Moss|Natalie|2");
    assertThatThrownBy(() -> movies.addCast(reloaded, carrie, Casting.of("Natalie again", 3)))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessageContaining("castings");
    assertThat(castings()).containsExactly("Memento|Carrie-Anne Moss|Natalie|2");
  }

  @DatabaseTest
  void createWithALinkInsertsTheActorThenItsLinkRow(TestDatabase db) {
    Movie memento = movies.create(Movie.of("Memento"));
    db.counter().reset();

    Linked<Actor, Casting> leonard = movies.createCast(memento, Actor.of("Guy Pearce"),
        Casting.of("Leonard", 1));

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(castings()).containsExactly("Memento|Guy Pearce|Leonard|1");
    assertThat(leonard.target().id()).isNotNull();
    assertThat(leonard.link().actorId()).isEqualTo(leonard.target().id());
    assertThat(leonard.link().movieId()).isEqualTo(memento.id());
    assertThat(leonard.link().id()).isNotNull();
  }

  @DatabaseTest
  void keyOnlyMixinsRefuseAPayloadWithoutDefaultsBeforeAnySql(TestDatabase db) {
    Movie memento = movies.create(Movie.of("Memento"));
    db.counter().reset();
    String rest = " links of movies.cast with their keys only: castings.role and castings.billing"
        + " are NOT NULL without a default; write each link with its payload, as a castings row:"
        + " add with a link (addX(source, target, castings row)), set with a link"
        + " (setX(source, targets, castings row)), create with a link (createX(source, target,"
        + " castings row)), or update(source, includes) with Linked elements";

    assertThatThrownBy(() -> movies.addCast(memento, carrie))
        .isInstanceOf(dev.joinery.InvalidQueryException.class).hasMessage("Cannot add" + rest);
    assertThatThrownBy(() -> movies.setCast(memento, List.of(carrie)))
        .isInstanceOf(dev.joinery.InvalidQueryException.class).hasMessage("Cannot set" + rest);
    assertThatThrownBy(() -> movies.createCast(memento, Actor.of("Joe Pantoliano")))
        .isInstanceOf(dev.joinery.InvalidQueryException.class).hasMessage("Cannot create" + rest);

    assertThat(db.counter().count()).isZero();
    assertThat(castings()).isEmpty();
    assertThat(actors.count()).isEqualTo(1);
  }

  @DatabaseTest
  void throughWhereFiltersTargetsByTheirLinkRows(TestDatabase db) {
    Movie created = matrix();
    movies.create(Movie.of("Memento"));
    db.counter().reset();

    List<Movie> found = movies.findAll(Query.include(
        MovieTable.CAST.include().throughWhere(CastingTable.BILLING.gte(2)))
        .orderBy(MovieTable.ID.asc()));

    // Both movies (the filter narrows each cast, it drops no movie), in two statements.
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).extracting(Movie::title).containsExactly("The Matrix", "Memento");
    assertThat(found.get(0).cast()).extracting(l -> l.link().role()).containsExactly("Trinity");
    assertThat(found.get(1).cast()).isEmpty();

    // required() drops the movies without a matching link, with the same filter in its EXISTS.
    List<Movie> required = movies.findAll(Query.include(
        MovieTable.CAST.include().throughWhere(CastingTable.ROLE.eq("Neo")).required()));
    assertThat(required).extracting(Movie::id).containsExactly(created.id());
    assertThat(required.get(0).cast()).extracting(l -> l.target().name())
        .containsExactly("Keanu Reeves");
  }

  @DatabaseTest
  void throughWhereRefusesColumnsOfAnotherTable(TestDatabase db) {
    assertThatThrownBy(() -> MovieTable.CAST.include().throughWhere(ActorTable.NAME.eq("x")))
        .isInstanceOf(dev.joinery.InvalidQueryException.class)
        .hasMessage("throughWhere of movies.cast filters on castings columns; name is a column"
            + " of actors");
  }

  @DatabaseTest
  void nestedUpdateWritesChangedPayloadsNewLinksAndDeletesRemovedLinks(TestDatabase db) {
    Movie created = matrix();
    Casting trinity = created.cast().get(1).link();
    Actor keanu = created.cast().get(0).target();
    db.counter().reset();

    // Trinity moves to billing 3, Keanu leaves, a new actor comes in as Morpheus.
    Movie saved = movies.update(new Movie(created.id(), "The Matrix", List.of(
        Linked.of(carrie, Casting.of("Trinity", 3)),
        Linked.of(Actor.of("Laurence Fishburne"), Casting.of("Morpheus", 2)))), MovieTable.CAST);

    // The read (the movie, its actors with their castings), then one statement per change:
    // delete Keanu's link, insert the actor, update Trinity's link, insert Morpheus's link.
    assertThat(db.counter().count()).as(db.counter().statements().toString()).isEqualTo(6);
    assertThat(castings()).containsExactly("The Matrix|Laurence Fishburne|Morpheus|2",
        "The Matrix|Carrie-Anne Moss|Trinity|3");
    // The target of a removed link stays.
    assertThat(actors.findByPk(keanu.id())).isPresent();
    assertThat(saved.cast()).extracting(l -> l.target().name(), l -> l.link().role(),
            l -> l.link().billing())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Carrie-Anne Moss", "Trinity", 3),
            org.assertj.core.groups.Tuple.tuple("Laurence Fishburne", "Morpheus", 2));
    // A kept pair keeps its link row: its key and creation time, whatever the given row held.
    Casting kept = saved.cast().get(0).link();
    assertThat(kept.id()).isEqualTo(trinity.id());
    assertThat(kept.movieId()).isEqualTo(created.id());
    assertThat(kept.actorId()).isEqualTo(carrie.id());
    assertThat(kept.createdAt()).isNotNull();
    Casting morpheus = saved.cast().get(1).link();
    assertThat(morpheus.id()).isNotNull();
    assertThat(morpheus.actorId()).isEqualTo(saved.cast().get(1).target().id());
    // The returned tree is the stored one.
    assertThat(movies.findByPk(created.id(), Query.include(MovieTable.CAST)).orElseThrow().cast())
        .extracting(l -> l.link().id(), l -> l.link().role())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(kept.id(), "Trinity"),
            org.assertj.core.groups.Tuple.tuple(morpheus.id(), "Morpheus"));
  }

  @DatabaseTest
  void nestedUpdateOfUnchangedLinksCostsOnlyTheRead(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();

    Movie saved = movies.update(created, MovieTable.CAST);

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(saved.cast()).extracting(l -> l.link().id())
        .containsExactly(created.cast().get(0).link().id(), created.cast().get(1).link().id());
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
  }

  @DatabaseTest
  void nestedUpdateChangesOnePayloadAndLinksAnExistingActorInOneStatementEach(TestDatabase db) {
    Movie created = matrix();
    Movie memento = movies.create(Movie.of("Memento"));
    db.counter().reset();

    // A payload alone: the read, then one UPDATE of the link row.
    movies.update(new Movie(created.id(), "The Matrix", List.of(
        Linked.of(created.cast().get(0).target(), Casting.of("Thomas Anderson", 1)),
        Linked.of(carrie, Casting.of("Trinity", 2)))), MovieTable.CAST);
    assertThat(db.counter().count()).isEqualTo(3);
    db.counter().reset();

    // An actor stored already, linked to another movie with a payload: one INSERT of the link.
    movies.update(new Movie(memento.id(), "Memento",
        List.of(Linked.of(carrie, Casting.of("Natalie", 2)))), MovieTable.CAST);
    assertThat(db.counter().count()).isEqualTo(3);
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Thomas Anderson|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2", "Memento|Carrie-Anne Moss|Natalie|2");
  }

  @DatabaseTest
  void linkRowsAreValidatedBeforeAnySql(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();
    Casting noRole = new Casting(null, null, 3, null, null, null, null, null);

    assertThatThrownBy(() -> movies.update(new Movie(created.id(), "The Matrix",
        List.of(Linked.of(carrie, noRole))), MovieTable.CAST))
        .isInstanceOf(dev.joinery.ValidationException.class)
        .hasMessage("Validation failed: castings.role cannot be null");
    assertThatThrownBy(() -> movies.create(new Movie(null, "Memento",
        List.of(Linked.of(carrie, noRole))), MovieTable.CAST))
        .isInstanceOf(dev.joinery.ValidationException.class)
        .hasMessage("Validation failed: castings.role cannot be null");

    assertThat(db.counter().count()).isZero();
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
  }

  @DatabaseTest
  void nestedUpdateRefusesATargetGivenTwiceAndWritesNothing(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();

    assertThatThrownBy(() -> movies.update(new Movie(created.id(), "The Matrix, again",
        List.of(Linked.of(carrie, Casting.of("Trinity", 1)),
            Linked.of(carrie, Casting.of("Trinity's double", 2)))), MovieTable.CAST))
        .isInstanceOf(dev.joinery.InvalidQueryException.class)
        .hasMessage("Cannot update movies.cast of the movies row with id = " + created.id()
            + ": the actors row with id = " + carrie.id() + " is given twice, and a pair has one"
            + " castings row; give it once");
    // The read only: nothing written.
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
    assertThat(movies.findByPk(created.id())).get().extracting(Movie::title)
        .isEqualTo("The Matrix");
  }

  /** The cast of {@code movie} as stored, read with whole link rows, by actor name. */
  private List<Linked<Actor, Casting>> cast(Movie movie) {
    return movies.findByPk(movie.id(), Query.include(MovieTable.CAST)).orElseThrow().cast()
        .stream().sorted(java.util.Comparator.comparing(l -> l.target().name())).toList();
  }

  private String q(String identifier) {
    return db.q(identifier);
  }

  @DatabaseTest
  void setWithAPayloadDeletesUpdatesAndInsertsInOneStatementEach(TestDatabase db) {
    Movie created = matrix();
    Actor keanu = created.cast().get(0).target();
    Actor hugo = actors.create(Actor.of("Hugo Weaving"));
    Actor joe = actors.create(Actor.of("Joe Pantoliano"));
    Actor laurence = actors.create(Actor.of("Laurence Fishburne"));
    movies.addCast(created, hugo, Casting.of("Agent Smith", 3));
    movies.addCast(created, joe, Casting.of("Crew", 5));
    List<Linked<Actor, Casting>> before = cast(created);
    db.counter().reset();
    db.roundTrips().reset();

    // Sequelize's matrix.setActors([carrie, hugo, joe, laurence], {through: {role: 'Crew', …}}).
    movies.setCast(created, List.of(carrie, hugo, joe, laurence), Casting.of("Crew", 5));

    // The stored links read, Keanu's deleted, Carrie's and Hugo's updated in one statement (Joe's
    // holds the payload already), Laurence's inserted; plus setAutoCommit(false), commit and
    // setAutoCommit(true): all or nothing.
    List<String> statements = db.counter().statements();
    assertThat(statements).as(statements.toString()).hasSize(4);
    assertThat(statements.get(0)).startsWith("SELECT");
    assertThat(statements.get(1)).isEqualTo("DELETE FROM " + q("castings") + " WHERE "
        + q("movie_id") + " = ? AND " + q("actor_id") + " IN (?)");
    assertThat(statements.get(2)).isEqualTo("UPDATE " + q("castings") + " SET " + q("role")
        + " = ?, " + q("billing") + " = ? WHERE (" + q("movie_id") + " = ?) AND ("
        + q("actor_id") + " IN (?, ?))");
    assertThat(statements.get(3)).startsWith("INSERT INTO " + q("castings"));
    assertThat(db.roundTrips().count()).isEqualTo(7);
    assertThat(castings()).containsExactlyInAnyOrder("The Matrix|Carrie-Anne Moss|Crew|5",
        "The Matrix|Hugo Weaving|Crew|5", "The Matrix|Joe Pantoliano|Crew|5",
        "The Matrix|Laurence Fishburne|Crew|5");
    // The target of a deleted link stays; kept links keep their rows (key, creation time).
    assertThat(actors.findByPk(keanu.id())).isPresent();
    List<Linked<Actor, Casting>> after = cast(created);
    assertThat(after).extracting(l -> l.target().name()).containsExactly("Carrie-Anne Moss",
        "Hugo Weaving", "Joe Pantoliano", "Laurence Fishburne");
    for (int i = 0; i < 3; i++) {
      Casting was = before.get(i).link();
      Casting is = after.get(i).link();
      assertThat(is.id()).isEqualTo(was.id());
      assertThat(is.createdAt()).isEqualTo(was.createdAt());
    }
    Casting morpheus = after.get(3).link();
    assertThat(morpheus.movieId()).isEqualTo(created.id());
    assertThat(morpheus.actorId()).isEqualTo(laurence.id());
    assertThat(morpheus.createdAt()).isNotNull();
  }

  @DatabaseTest
  void setWithAPayloadOfUnchangedLinksCostsTheReadAndOfNoActorsOneDelete(TestDatabase db) {
    Movie memento = movies.create(Movie.of("Memento"));
    movies.addCast(memento, carrie, Casting.of("Natalie", 2));
    db.counter().reset();

    movies.setCast(memento, List.of(carrie), Casting.of("Natalie", 2));

    assertThat(db.counter().statements()).hasSize(1).allMatch(s -> s.startsWith("SELECT"));
    assertThat(castings()).containsExactly("Memento|Carrie-Anne Moss|Natalie|2");
    db.counter().reset();

    movies.setCast(memento, List.of(), Casting.of("Natalie", 2));

    assertThat(db.counter().statements()).containsExactly("DELETE FROM " + q("castings")
        + " WHERE " + q("movie_id") + " = ?");
    assertThat(castings()).isEmpty();
    assertThat(actors.count()).isEqualTo(1);
  }

  @DatabaseTest
  void setWithAPayloadRefusesBadInputBeforeAnySqlAndWritesAllOrNothing(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();

    assertThatThrownBy(() -> movies.setCast(created, List.of(carrie),
        new Casting(null, null, 3, null, null, null, null, null)))
        .isInstanceOf(dev.joinery.ValidationException.class)
        .hasMessage("Validation failed: castings.role cannot be null");
    assertThatThrownBy(() -> movies.setCast(created, List.of(Actor.of("Joe Pantoliano")),
        Casting.of("Cypher", 4)))
        .isInstanceOf(dev.joinery.UnsavedRowException.class)
        .hasMessage("Cannot set an unsaved actors row through movies.cast (its key is null;"
            + " create it first)");
    assertThat(db.counter().count()).isZero();

    // No actor 9999: the INSERT fails on its foreign key after the DELETE and the UPDATE ran,
    // and the transaction takes them back.
    Actor nobody = new Actor(9_999L, "Nobody", null);
    assertThatThrownBy(() -> movies.setCast(created, List.of(carrie, nobody),
        Casting.of("Crew", 5)))
        .isInstanceOf(dev.joinery.ForeignKeyConstraintException.class);
    assertThat(db.counter().count()).isEqualTo(4);
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
  }

  @DatabaseTest
  void throughAttributesReadsTheChosenLinkColumnsAndTheKeys(TestDatabase db) {
    Movie created = matrix();
    movies.create(Movie.of("Memento"));
    db.counter().reset();

    List<Movie> found = movies.findAll(Query.include(
        MovieTable.CAST.include().throughAttributes(CastingTable.ROLE))
        .orderBy(MovieTable.ID.asc()));

    // The movies, then the actors with their castings' keys and role (no billing, created_at).
    List<String> statements = db.counter().statements();
    assertThat(statements).hasSize(2);
    assertThat(statements.get(1)).startsWith("SELECT t0." + q("id") + ", t0." + q("name")
        + ", j." + q("movie_id") + ", j." + q("id") + ", j." + q("role") + ", j."
        + q("movie_id") + ", j." + q("actor_id") + " FROM ");
    assertThat(found).extracting(Movie::title).containsExactly("The Matrix", "Memento");
    assertThat(found.get(0).cast()).extracting(l -> l.target().name(), l -> l.link().role(),
            l -> l.link().billing(), l -> l.link().createdAt())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Keanu Reeves", "Neo", 0, null),
            org.assertj.core.groups.Tuple.tuple("Carrie-Anne Moss", "Trinity", 0, null));
    Casting trinity = found.get(0).cast().stream()
        .filter(l -> l.target().equals(carrie)).findFirst().orElseThrow().link();
    assertThat(trinity.id()).isNotNull();
    assertThat(trinity.movieId()).isEqualTo(created.id());
    assertThat(trinity.actorId()).isEqualTo(carrie.id());
    assertThat(found.get(1).cast()).isEmpty();
    // The same find without the option is another statement shape: whole link rows again.
    List<Movie> whole = movies.findAll(Query.include(MovieTable.CAST)
        .orderBy(MovieTable.ID.asc()));
    assertThat(whole.get(0).cast()).extracting(l -> l.link().billing())
        .containsExactlyInAnyOrder(1, 2);
  }

  @DatabaseTest
  void throughAttributesAndThroughWhereMayNameDifferentColumns(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();

    // Sequelize's through: {attributes: ['billing'], where: {role: 'Trinity'}}.
    Movie found = movies.findByPk(created.id(), Query.include(MovieTable.CAST.include()
        .throughAttributes(CastingTable.BILLING).throughWhere(CastingTable.ROLE.eq("Trinity"))))
        .orElseThrow();

    String select = db.counter().statements().get(1);
    assertThat(select).contains(", j." + q("id") + ", j." + q("billing") + ", j."
        + q("movie_id") + ", j." + q("actor_id") + " FROM ");
    assertThat(select).doesNotContain("j." + q("role") + ",", "j." + q("created_at"));
    assertThat(found.cast()).hasSize(1);
    Casting trinity = found.cast().get(0).link();
    assertThat(trinity.actorId()).isEqualTo(carrie.id());
    assertThat(trinity.id()).isNotNull();
    assertThat(trinity.billing()).isEqualTo(2);
    assertThat(trinity.role()).isNull();
  }

  @DatabaseTest
  void throughAttributesRefusesColumnsOfAnotherTableAndTargetsOnlyLists(TestDatabase db) {
    assertThatThrownBy(() -> MovieTable.CAST.include().throughAttributes(ActorTable.NAME))
        .isInstanceOf(dev.joinery.InvalidQueryException.class)
        .hasMessage("throughAttributes of movies.cast reads castings columns; name is a column"
            + " of actors");
    assertThatThrownBy(() -> ActorTable.MOVIES.include().throughAttributes(CastingTable.ROLE))
        .isInstanceOf(dev.joinery.InvalidQueryException.class)
        .hasMessage("throughAttributes of actors.movies selects columns of link rows it does not"
            + " read: it holds its targets only; declare it as a List of Linked to read them");
  }

  @DatabaseTest
  void nestedUpdateRefusesIncludesWithThroughOptionsBeforeAnySql(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();
    String message = "update(row, includes) takes the associations to save only; the include of"
        + " movies.cast has options (attributes, where, required, order, limit, throughWhere or"
        + " throughAttributes): pass movies.cast without them";

    // Read with either, the stored links would look fewer or their payloads changed.
    assertThatThrownBy(() -> movies.update(created, List.of(MovieTable.CAST.include()
            .throughAttributes(CastingTable.ROLE))))
        .isInstanceOf(dev.joinery.InvalidQueryException.class).hasMessage(message);
    assertThatThrownBy(() -> movies.update(created, List.of(MovieTable.CAST.include()
            .throughWhere(CastingTable.BILLING.gte(2)))))
        .isInstanceOf(dev.joinery.InvalidQueryException.class).hasMessage(message);
    assertThat(db.counter().count()).isZero();
  }
}
