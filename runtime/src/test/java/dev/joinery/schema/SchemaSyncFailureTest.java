package dev.joinery.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.joinery.JoineryConfig;
import dev.joinery.SchemaSyncException;
import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.sql.SQLException;

/**
 * Planning a sync (the first step of {@code sync}) that cannot read the live catalog fails with a
 * {@link SchemaSyncException} saying so and carrying the driver's exception, before any statement
 * is written; it is not a
 * {@link SchemaSyncRefusedException}, which is sync declining a change it could make.
 */
class SchemaSyncFailureTest {
  @DatabaseTest
  void aCatalogThatCannotBeReadFailsThePlanWithItsCause(TestDatabase db) throws SQLException {
    SchemaSyncException failure = db.jdbi().withHandle(handle -> {
      // The dialect is known beforehand, so the catalog is the first thing read.
      handle.getConfig(JoineryConfig.class).setDialect(db.dialect());
      handle.getConnection().close();
      return catchThrowableOfType(SchemaSyncException.class,
          () -> SchemaSync.plan(handle, SeedSchemas.MAIN, SyncMode.ALTER));
    });

    assertThat(failure).isNotInstanceOf(SchemaSyncRefusedException.class)
        .hasCauseInstanceOf(SQLException.class)
        .hasMessage("Cannot read the database catalog: " + failure.getCause().getMessage());
    assertThat(failure.table()).isNull();
    assertThat(failure.column()).isNull();
  }
}
