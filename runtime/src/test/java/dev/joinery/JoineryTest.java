package dev.joinery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.H2Dialect;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JoineryTest {
  private static final SchemaDef CUSTOMERS = new SchemaDef(
      List.of(CustomerTable.INSTANCE.definition(), AddressTable.INSTANCE.definition()));

  @DatabaseTest
  void connectsByUrlDetectsTheDialectAndSyncs(TestDatabase db) {
    try (Joinery joinery = Joinery.connect(db.jdbcUrl())) {
      assertThat(joinery.dialect()).isSameAs(db.dialect());
      assertThat(joinery.plan(CUSTOMERS, SyncMode.CREATE))
          .isEqualTo(DdlScript.statements(CUSTOMERS, db.dialect()));

      assertThat(joinery.sync(CUSTOMERS)).isEqualTo(DdlScript.statements(CUSTOMERS, db.dialect()));

      assertThat(Catalog.of(db).tables()).containsExactly("addresses", "customers");
      assertThat(joinery.sync(CUSTOMERS, SyncMode.ALTER)).isEmpty();
      int rows = joinery.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM "
          + db.q("customers")).mapTo(Integer.class).one());
      assertThat(rows).isZero();
    }
  }

  @Test
  void mapsSequelizesPoolWordsOntoHikari() {
    List<String> logged = new ArrayList<>();
    PoolOptions options = PoolOptions.url("jdbc:h2:mem:pool_words;DB_CLOSE_DELAY=-1")
        .max(7).min(2).idle(30_000).acquire(5_000).logging(logged::add);
    try (Joinery joinery = Joinery.connect(options)) {
      HikariDataSource pool = (HikariDataSource) joinery.dataSource();
      assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
      assertThat(pool.getMinimumIdle()).isEqualTo(2);
      assertThat(pool.getIdleTimeout()).isEqualTo(30_000);
      assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);

      joinery.jdbi().useHandle(h -> h.execute("CREATE TABLE \"t\" (\"x\" INT)"));
      joinery.sync(CUSTOMERS);

      // H2 adds a UNIQUE constraint to the unique index, and the foreign key after both.
      assertThat(logged).hasSize(6);
      assertThat(logged.get(0)).isEqualTo("CREATE TABLE \"t\" (\"x\" INT)");
      assertThat(logged.get(1)).startsWith("CREATE TABLE \"customers\"");
      joinery.jdbi().useHandle(h -> h.execute("DROP ALL OBJECTS"));
    }
  }

  @Test
  void defaultsToSequelizesPool() {
    PoolOptions options = PoolOptions.url("jdbc:h2:mem:x");
    assertThat(List.of(options.max(), options.min())).containsExactly(5, 0);
    assertThat(List.of(options.idle(), options.acquire())).containsExactly(10_000L, 60_000L);
    assertThat(options.user(null).password("secret").toString()).doesNotContain("secret");
  }

  @Test
  void closesItsOwnPoolButNotACallersDataSource() throws Exception {
    Joinery owned = Joinery.connect("jdbc:h2:mem:owned");
    HikariDataSource pool = (HikariDataSource) owned.dataSource();
    owned.close();
    assertThat(pool.isClosed()).isTrue();

    try (TestDatabase db = TestDatabase.create(Engine.H2)) {
      Joinery borrowed = Joinery.connect(db.dataSource());
      assertThat(borrowed.dialect()).isSameAs(H2Dialect.INSTANCE);
      borrowed.close();
      try (Connection connection = db.dataSource().getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
    }
  }

  @Test
  void reportsAnUnreachableDatabase() {
    assertThatThrownBy(() -> Joinery.connect(PoolOptions.url("jdbc:postgresql://127.0.0.1:1/none").acquire(250)))
        .isInstanceOfSatisfying(ConnectionFailedException.class,
            e -> assertThat(e.table()).isNull())
        .hasMessageStartingWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/none");
  }

  @DatabaseTest
  void detectsTheDialectOncePerJdbiAndHonoursAnExplicitOne(TestDatabase db) {
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new JoineryPlugin());
    Dialect first = jdbi.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(h));
    // The second handle reuses the first one's answer: no connection is asked again.
    Dialect second = jdbi.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(null));
    assertThat(second).isSameAs(first).isSameAs(db.dialect());

    Jdbi forced = Jdbi.create(db.dataSource()).installPlugin(new JoineryPlugin(H2Dialect.INSTANCE));
    Dialect explicit = forced.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(h));
    assertThat(explicit).isSameAs(H2Dialect.INSTANCE);
  }
}
