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
        + " JOIN \"actors\" \"a\" ON \"a\".\"id\" = \"c\".\"actor_id\" ORDER BY \"c\".\"billing\"");
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
  void nestedUpdateRefusesLinksWithAPayloadAndWritesNothing(TestDatabase db) {
    Movie created = matrix();
    db.counter().reset();

    assertThatThrownBy(() -> movies.update(created, MovieTable.CAST))
        .isInstanceOf(dev.joinery.InvalidQueryException.class)
        .hasMessage("update(row, includes) does not yet save links with a payload; movies.cast"
            + " goes through a record: change its links with the add/remove mixins that take"
            + " the link row");
    assertThat(db.counter().count()).isZero();
    assertThat(castings()).containsExactly("The Matrix|Keanu Reeves|Neo|1",
        "The Matrix|Carrie-Anne Moss|Trinity|2");
  }
}
