package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.query.Query;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read routing on H2 databases that stand for a primary and its replicas: each holds one
 * customer named after it, so the rows a read returns say where it ran. (Real replication is
 * tested on MariaDB and PostgreSQL pairs in the integration tests.)
 */
class ReadRoutingTest {
  private TestDatabase primary;
  private TestDatabase first;
  private TestDatabase second;

  @BeforeEach
  void databases() {
    primary = database("primary");
    first = database("first");
    second = database("second");
  }

  private static TestDatabase database(String name) {
    TestDatabase db = TestDatabase.create(Engine.H2);
    FixtureDb.createSchema(db);
    db.execute("INSERT INTO \"customers\" (\"firstname\", \"lastname\", \"age\") VALUES ('"
        + name + "', 'x', 1)");
    return db;
  }

  @AfterEach
  void drop() {
    primary.close();
    first.close();
    second.close();
  }

  private static Set<String> names(List<Customer> customers) {
    Set<String> names = new HashSet<>();
    customers.forEach(c -> names.add(c.firstname()));
    return names;
  }

  @Test
  void readsTakeTheReplicasInTurnAndEverythingElseStaysOnThePrimary() {
    try (Joinery db = Joinery.connect(primary.dataSource(),
        List.of(first.dataSource(), second.dataSource()))) {
      CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);

      assertThat(names(customers.findAll())).containsExactly("first");
      assertThat(names(customers.findAll(Query.all()))).containsExactly("second");
      assertThat(names(customers.findAll())).containsExactly("first");
      assertThat(customers.count()).isEqualTo(1);

      Customer written = customers.create(new Customer(null, "new", "x", 2, null));
      assertThat(FixtureDb.rowCount(primary, "customers")).isEqualTo(2);
      assertThat(FixtureDb.rowCount(first, "customers")).isEqualTo(1);
      assertThat(FixtureDb.rowCount(second, "customers")).isEqualTo(1);

      assertThat(customers.findByPk(written.id())).as("not on the replicas").isEmpty();
      assertThat(db.onPrimary(() -> customers.findByPk(written.id()))).isPresent();
      Set<String> inTransaction =
          db.jdbi().inTransaction(h -> names(h.attach(CustomerDao.class).findAll()));
      assertThat(inTransaction).containsExactlyInAnyOrder("primary", "new");
      Set<String> attached = db.jdbi().withHandle(h -> names(h.attach(CustomerDao.class).findAll()));
      assertThat(attached).as("an attached DAO outside a transaction reads on a replica too")
          .hasSize(1).doesNotContain("primary");
    }
  }

  @Test
  void aReplicaThatCannotConnectIsSkippedForItsCooldownThenTriedAgain() throws Exception {
    Unreachable down = new Unreachable();
    try (Joinery db = Joinery.connect(primary.dataSource(),
        List.of(down, second.dataSource()), 60_000)) {
      CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
      for (int i = 0; i < 4; i++) {
        assertThat(names(customers.findAll())).containsExactly("second");
      }
      assertThat(down.attempts).as("tried once, then left out for the cool-down").isEqualTo(1);
    }
    Unreachable again = new Unreachable();
    try (Joinery db = Joinery.connect(primary.dataSource(),
        List.of(again, second.dataSource()), 0)) {
      CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
      for (int i = 0; i < 4; i++) {
        assertThat(names(customers.findAll())).containsExactly("second");
      }
      assertThat(again.attempts).as("no cool-down: tried on each read that starts with it")
          .isEqualTo(2);
    }
  }

  @Test
  void withEveryReplicaDownThePrimaryAnswers() {
    try (Joinery db = Joinery.connect(primary.dataSource(), List.of(new Unreachable()))) {
      CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);

      assertThat(names(customers.findAll())).containsExactly("primary");
      assertThat(customers.count()).isEqualTo(1);
    }
  }

  /**
   * A replica that is not there: the H2 driver refuses each connection to a database that does
   * not exist ({@code IFEXISTS=TRUE}); counts the attempts.
   */
  private static final class Unreachable implements DataSource {
    int attempts;

    @Override
    public Connection getConnection() throws SQLException {
      attempts++;
      return DriverManager.getConnection("jdbc:h2:mem:joinery_no_such_replica;IFEXISTS=TRUE");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
