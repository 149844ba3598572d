package dev.joinery.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.DialectNotDetectedException;
import dev.joinery.Joinery;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.FixtureSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Detection of the dialect from a real connection, and its failures: a database Joinery does not
 * speak (HSQLDB, in memory) and a connection whose product name cannot be read.
 */
class DialectDetectionTest {
  private static final String UNSUPPORTED =
      "Unsupported database 'HSQL Database Engine': Joinery speaks MySQL/MariaDB, PostgreSQL and H2";

  @Test
  void h2IsDetectedFromItsProductName() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
      assertThat(Dialects.detect(connection)).isSameAs(H2Dialect.INSTANCE);
    }
  }

  @Test
  void anUnsupportedDatabaseIsNamedOnFirstUse() {
    try (Joinery db = Joinery.connect("jdbc:hsqldb:mem:joinery_unsupported")) {
      assertThatThrownBy(db::dialect)
          .isInstanceOf(DialectNotDetectedException.class)
          .hasMessage(UNSUPPORTED)
          .hasNoCause()
          .extracting("table", "column").containsExactly(null, null);
      // What a user meets first: sync or a DAO call, before any SQL is written.
      assertThatThrownBy(() -> db.sync(FixtureSchema.SCHEMA))
          .isInstanceOf(DialectNotDetectedException.class)
          .hasMessage(UNSUPPORTED);
      assertThatThrownBy(() -> db.jdbi().onDemand(CustomerDao.class).findAll())
          .isInstanceOf(DialectNotDetectedException.class)
          .hasMessage(UNSUPPORTED);
    }
  }

  @Test
  void aProductNameThatCannotBeReadIsReportedWithItsCause() throws SQLException {
    Connection closed = DriverManager.getConnection("jdbc:h2:mem:");
    closed.close();

    assertThatThrownBy(() -> Dialects.detect(closed))
        .isInstanceOf(DialectNotDetectedException.class)
        .hasMessage("Cannot read the database product name to pick a dialect")
        .hasCauseInstanceOf(SQLException.class);
  }
}
