package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.InvalidQueryException;
import dev.joinery.JoineryConfig;
import dev.joinery.JoineryPlugin;
import dev.joinery.StreamConfig;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressDao;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.RoundTripCounter;
import dev.joinery.testing.Engine;
import dev.joinery.testing.StatementCounter;
import dev.joinery.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Streaming reads ({@code stream}, {@code streamAsMaps}, {@code forEach}) over a few thousand
 * roots, across chunk boundaries: the same rows as {@code findAll}, 1 + chunks × to-many levels
 * statements, resources released when a stream is closed early, and the caller's transaction
 * joined. On MariaDB the connection has {@code useCursorFetch=true}, as the README asks, so the
 * to-many statements run while the root cursor is open.
 */
class StreamTest {
  private static final int ROOTS = 2_500;
  private static final int CHUNK = 700;
  /** ceil(2,500 / 700). */
  private static final int CHUNKS = 4;

  private HikariDataSource pool;
  private final RoundTripCounter roundTrips = new RoundTripCounter();
  private Jdbi jdbi;
  private StatementCounter counter;

  @BeforeEach
  void seed(TestDatabase db) {
    FixtureDb.createSchema(db);
    pool = pool(db);
    counter = new StatementCounter();
    jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).installPlugin(new JoineryPlugin());
    jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
    jdbi.getConfig(JoineryConfig.class).setStatementListener(counter);
    jdbi.getConfig(StreamConfig.class).setChunkSize(CHUNK);

    CustomerDao customers = jdbi.onDemand(CustomerDao.class);
    List<Customer> people = new ArrayList<>();
    for (int i = 0; i < ROOTS; i++) {
      people.add(new Customer(null, "first" + i, "last" + i, i % 90, null));
    }
    people = customers.bulkCreate(people);
    List<Address> homes = new ArrayList<>();
    for (int i = 0; i < ROOTS; i++) {
      if (i % 10 != 3) { // some customers have no address: the LEFT JOIN's empty side
        homes.add(new Address(null, "street " + i, "p" + i, people.get(i).id(), null));
      }
    }
    jdbi.onDemand(AddressDao.class).bulkCreate(homes);

    List<Tutorial> all = new ArrayList<>();
    for (int i = 0; i < ROOTS; i++) {
      all.add(Tutorial.of("tutorial " + i, "about " + i, i % 2 == 0));
    }
    all = jdbi.onDemand(TutorialDao.class).bulkCreate(all);
    List<Comment> notes = new ArrayList<>();
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    for (int i = 0; i < ROOTS; i++) {
      for (int c = 0; c < i % 4; c++) { // 0 to 3 comments each: empty lists too
        notes.add(new Comment(null, "c" + i + "-" + c, "text", at, all.get(i).id(), null));
      }
    }
    jdbi.onDemand(CommentDao.class).bulkCreate(notes);
    List<Tag> labels = jdbi.onDemand(TagDao.class).bulkCreate(
        List.of(Tag.of("java"), Tag.of("sql"), Tag.of("h2")));
    StringBuilder links = new StringBuilder("INSERT INTO " + db.q("tutorial_tags") + " VALUES ");
    for (int i = 0; i < ROOTS; i += 2) {
      links.append(i == 0 ? "" : ", ").append('(').append(all.get(i).id()).append(", ")
          .append(labels.get(i % 3).id()).append(')');
    }
    db.execute(links.toString());
    counter.reset();
    roundTrips.reset();
  }

  /**
   * A pool on the test database, its round trips counted beneath it; on MariaDB with the
   * server-side cursor streaming needs.
   */
  private HikariDataSource pool(TestDatabase db) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(roundTrips.dataSource(db.engine() == Engine.MARIADB
        ? db.jdbcUrl() + "&useCursorFetch=true" : db.jdbcUrl()));
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(0);
    return new HikariDataSource(config);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  private static Query<Customer> customersWithAddress() {
    return Query.<Customer>include(CustomerTable.ADDRESS).orderBy(CustomerTable.ID.asc());
  }

  private static Query<Tutorial> tutorialsWithCommentsAndTags() {
    return Query.<Tutorial>all()
        .with(TutorialTable.COMMENTS.include().orderBy(CommentTable.ID.asc()))
        .with(TutorialTable.TAGS)
        .orderBy(TutorialTable.ID.asc());
  }

  @DatabaseTest
  void toOneIncludesComeInTheRootStatement(TestDatabase db) {
    List<Customer> expected = jdbi.onDemand(CustomerDao.class).findAll(customersWithAddress());
    counter.reset();

    List<Customer> streamed = jdbi.withHandle(h -> {
      try (Stream<Customer> rows = h.attach(CustomerDao.class).stream(customersWithAddress())) {
        return rows.toList();
      }
    });

    assertThat(streamed).hasSize(ROOTS).isEqualTo(expected);
    assertThat(streamed.get(3).address()).isNull();
    assertThat(streamed.get(4).address().street()).isEqualTo("street 4");
    assertThat(counter.count()).isEqualTo(1);
  }

  @DatabaseTest
  void eachChunkLoadsItsToManyIncludesWithOneStatementPerLevel(TestDatabase db) {
    List<Tutorial> expected = jdbi.onDemand(TutorialDao.class).findAll(tutorialsWithCommentsAndTags());
    counter.reset();

    List<Tutorial> streamed = jdbi.withHandle(h -> {
      try (Stream<Tutorial> rows = h.attach(TutorialDao.class).stream(tutorialsWithCommentsAndTags())) {
        return rows.toList();
      }
    });

    assertThat(streamed).hasSize(ROOTS).isEqualTo(expected);
    assertThat(streamed.get(CHUNK + 3).comments()).extracting(Comment::name)
        .containsExactly("c703-0", "c703-1", "c703-2");
    assertThat(streamed.get(CHUNK).comments()).isEmpty();
    assertThat(streamed.get(CHUNK).tags()).extracting(Tag::name).containsExactly("sql");
    assertThat(streamed.get(CHUNK + 1).tags()).isEmpty();
    assertThat(counter.count()).isEqualTo(1 + CHUNKS * 2);
    assertThat(counter.statements().subList(1, 3)).allMatch(sql -> sql.contains(" IN ("));
  }

  @DatabaseTest
  void eachChunkCostsOneRoundTripPerToManyLevel(TestDatabase db) {
    boolean postgres = db.engine() == Engine.POSTGRESQL;
    try (Handle handle = jdbi.open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      try (Stream<Tutorial> rows = dao.stream(tutorialsWithCommentsAndTags())) {
        Iterator<Tutorial> each = rows.iterator();
        each.next();
        // The cursor opened (in a transaction on PostgreSQL, whose driver needs one for it),
        // then the first chunk's two to-many levels.
        List<String> opening = roundTrips.trips();
        assertThat(opening).hasSize(postgres ? 4 : 3);
        if (postgres) {
          assertThat(opening.get(0)).isEqualTo("setAutoCommit(false)");
        }
        assertThat(opening.get(opening.size() - 3)).startsWith("execute: SELECT");
        assertThat(opening.subList(opening.size() - 2, opening.size()))
            .allMatch(trip -> trip.startsWith("execute: SELECT") && trip.contains(" IN ("));
        for (int chunk = 1; chunk < CHUNKS; chunk++) {
          roundTrips.reset();
          for (int row = 0; row < CHUNK; row++) {
            each.next();
          }
          List<String> trips = roundTrips.trips();
          assertThat(trips.subList(0, 2)).as("chunk %d", chunk)
              .allMatch(trip -> trip.startsWith("execute: SELECT") && trip.contains(" IN ("));
          // The last chunk reaches the cursor's end: the read's own transaction commits then.
          assertThat(trips.subList(2, trips.size())).as("chunk %d", chunk)
              .isEqualTo(postgres && chunk == CHUNKS - 1
                  ? List.of("commit", "setAutoCommit(true)") : List.of());
        }
        roundTrips.reset();
        each.forEachRemaining(tutorial -> { });
      }
      assertThat(roundTrips.trips()).as("after the last chunk").isEmpty();
    }
  }

  @DatabaseTest
  void forEachAndTheMapViewReadTheSameRows(TestDatabase db) {
    TutorialDao onDemand = jdbi.onDemand(TutorialDao.class);
    List<Tutorial> expected = onDemand.findAll(tutorialsWithCommentsAndTags());
    List<Map<String, Object>> expectedMaps = onDemand.findAllAsMaps(tutorialsWithCommentsAndTags());
    counter.reset();

    List<Tutorial> each = new ArrayList<>();
    onDemand.forEach(tutorialsWithCommentsAndTags(), each::add);

    assertThat(each).isEqualTo(expected);
    assertThat(counter.count()).isEqualTo(1 + CHUNKS * 2);
    List<Map<String, Object>> maps = jdbi.withHandle(h -> {
      try (var rows = h.attach(TutorialDao.class).streamAsMaps(tutorialsWithCommentsAndTags())) {
        return rows.toList();
      }
    });
    assertThat(maps).isEqualTo(expectedMaps);
  }

  @DatabaseTest
  void aToManyIncludeBelowAToOneIncludeIsLoadedPerChunk(TestDatabase db) {
    Query<Comment> query = Query.<Comment>include(
            CommentTable.TUTORIAL.include().include(TutorialTable.TAGS))
        .orderBy(CommentTable.ID.asc());
    List<Comment> expected = jdbi.onDemand(CommentDao.class).findAll(query);
    counter.reset();

    List<Comment> streamed = new ArrayList<>();
    jdbi.onDemand(CommentDao.class).forEach(query, streamed::add);

    assertThat(streamed).hasSize(3_750).isEqualTo(expected);
    assertThat(counter.count()).isEqualTo(1 + 6); // ceil(3,750 / 700) chunks, one level
  }

  @DatabaseTest
  void aLastFullChunkCostsNoEmptyStatements(TestDatabase db) {
    jdbi.getConfig(StreamConfig.class).setChunkSize(500);
    List<Tutorial> streamed = new ArrayList<>();
    jdbi.onDemand(TutorialDao.class).forEach(tutorialsWithCommentsAndTags(), streamed::add);

    assertThat(streamed).hasSize(ROOTS);
    assertThat(counter.count()).isEqualTo(1 + 5 * 2);
  }

  @DatabaseTest
  void closingEarlyEndsTheReadAndReleasesTheConnection(TestDatabase db) {
    try (Handle handle = jdbi.open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      List<Tutorial> first;
      try (Stream<Tutorial> rows = dao.stream(tutorialsWithCommentsAndTags())) {
        first = rows.limit(10).toList();
      }
      assertThat(first).extracting(Tutorial::title).startsWith("tutorial 0", "tutorial 1");
      assertThat(counter.count()).as("one chunk read").isEqualTo(1 + 2);
      assertThat(handle.isInTransaction()).as("its own transaction (PostgreSQL) ended").isFalse();
      assertThat(dao.count()).isEqualTo(ROOTS);
    }
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();

    RuntimeException stop = new RuntimeException("stop");
    assertThatThrownBy(() -> jdbi.onDemand(TutorialDao.class).forEach(
        tutorialsWithCommentsAndTags(), t -> {
          throw stop;
        })).isSameAs(stop);
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
  }

  @DatabaseTest
  void joinsTheCallersTransaction(TestDatabase db) {
    jdbi.useTransaction(handle -> {
      CustomerDao dao = handle.attach(CustomerDao.class);
      Customer added = dao.create(new Customer(null, "Uncommitted", "Row", 1, null));
      long seen;
      try (Stream<Customer> rows = dao.stream(customersWithAddress())) {
        seen = rows.filter(c -> c.id().equals(added.id())).count();
      }
      assertThat(seen).isEqualTo(1);
      assertThat(handle.isInTransaction()).as("still the caller's").isTrue();
      handle.rollback();
    });
    assertThat(jdbi.onDemand(CustomerDao.class).count()).isEqualTo(ROOTS);
  }

  @DatabaseTest
  void aStreamFromAnOnDemandDaoSaysWhatToDoInstead(TestDatabase db) {
    try (Stream<Customer> rows = jdbi.onDemand(CustomerDao.class).stream(customersWithAddress())) {
      assertThatThrownBy(rows::toList)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("Cannot stream customers: the DAO's handle is closed. An on-demand DAO closes"
              + " its handle when the call returns; use forEach(query, action), or attach the DAO"
              + " to an open handle");
    }
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
  }
}
