package dev.joinery.sample;

import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The sample app running on a fresh database of one engine, as {@code java -jar} runs it (through
 * {@link SampleApp#start(Options)}: connect, sync, serve on a free port), plus what tests need to
 * look at the rows it left: plain SQL through the harness's own Jdbi, not through the app.
 */
final class Sample implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final TestDatabase db;
  final SampleApp app;
  final Http http;

  private Sample(TestDatabase db, SampleApp app) {
    this.db = db;
    this.app = app;
    this.http = new Http(app.port());
  }

  static Sample start(Engine engine) {
    TestDatabase db = TestDatabase.create(engine);
    try {
      Options options = Options.parse(List.of("--port", "0", "--db-url", db.jdbcUrl(),
          "--pool-max", "4"), Map.of());
      return new Sample(db, SampleApp.start(options, System.out));
    } catch (Options.UsageException | RuntimeException e) {
      db.close();
      throw new IllegalStateException("cannot start the sample on " + engine.displayName(), e);
    }
  }

  /** A name no other test uses, so tests sharing this database never see each other's rows. */
  static String unique(String name) {
    return name + "-" + SEQUENCE.incrementAndGet();
  }

  /** The identifier quoted for this database. */
  String q(String identifier) {
    return db.q(identifier);
  }

  /** The single number {@code sql} selects; write identifiers with {@link #q}. */
  long number(String sql, Object... arguments) {
    return db.jdbi().withHandle(handle -> {
      var query = handle.createQuery(sql);
      for (int i = 0; i < arguments.length; i++) {
        query.bind(i, arguments[i]);
      }
      return query.mapTo(Long.class).one();
    });
  }

  /** The single value {@code sql} selects, as text ({@code null} for SQL NULL). */
  String text(String sql, Object... arguments) {
    return db.jdbi().withHandle(handle -> {
      var query = handle.createQuery(sql);
      for (int i = 0; i < arguments.length; i++) {
        query.bind(i, arguments[i]);
      }
      return query.map((rs, ctx) -> rs.getString(1)).one();
    });
  }

  /** A UUID as this database binds it: MariaDB keeps UUIDs in CHAR(36). */
  Object uuid(String text) {
    return db.engine() == Engine.MARIADB ? text : java.util.UUID.fromString(text);
  }

  /** How many rows of {@code table} have {@code column} = {@code value}. */
  long count(String table, String column, Object value) {
    return number("SELECT COUNT(*) FROM " + q(table) + " WHERE " + q(column) + " = ?", value);
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      db.close();
    }
  }
}
