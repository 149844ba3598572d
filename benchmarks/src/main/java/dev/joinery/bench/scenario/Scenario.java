package dev.joinery.bench.scenario;

import dev.joinery.bench.BenchDatabase;
import dev.joinery.bench.Engine;
import dev.joinery.JoineryConfig;
import dev.joinery.JoineryPlugin;
import dev.joinery.bench.Report;
import dev.joinery.bench.RoundTripCounter;
import dev.joinery.bench.StatementCounter;
import dev.joinery.bench.jdbc.JdbcTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One scenario: the same operation through the generated DAO ({@link #dao()}) and through
 * hand-written JDBC ({@link #jdbc()}), on the same freshly seeded database, in the same JMH run.
 * Both variants take their connection from the same pool for each operation (a Jdbi
 * {@code Handle}, a {@code Connection}), so pool checkout and handle creation are measured alike.
 *
 * <p>Each trial first runs both variants once, outside the measurement, checks that they return
 * the same rows and counts their statements (a Jdbi {@code SqlLogger} on the DAO's handle; by hand
 * for JDBC), then publishes a {@link Report}. A trial whose variants disagree fails instead of
 * producing a number.
 *
 * <p>Defaults (overridable on the command line): average time per operation, two forks with a
 * 2 GB heap, each 5 warm-up and 4 measured iterations of 2 seconds (an iteration lasts at least
 * one operation, so the slow scenarios take longer). Two forks rather than more iterations,
 * because JIT decisions differ between JVMs more than between iterations of one; five warm-up
 * iterations because the DAO's longer code path (Jdbi included) needs about four to reach its
 * steady state in scenario 5.
 *
 * @param <R> what one operation returns
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 4, time = 2)
public abstract class Scenario<R> {
  /** The database: H2 (in memory, in the benchmark's JVM), MARIADB or POSTGRESQL. */
  @Param({"H2", "MARIADB", "POSTGRESQL"})
  public String db;

  /**
   * Milliseconds added to every packet each way by a {@link dev.joinery.bench.LatencyProxy}
   * between the benchmark and a server; 0: direct. {@code Main}'s default run adds a pass at
   * 0.25 for the scenarios where round trips dominate.
   */
  @Param({"0"})
  public String latency = "0";

  protected BenchDatabase database;
  protected JdbcTypes types;

  @Setup(Level.Trial)
  public final void openDatabase() throws Exception {
    prepare().publish();
  }

  /** Creates and seeds the database, then runs the check; what the trial setup does. */
  final Report prepare() throws Exception {
    database = BenchDatabase.create(Engine.valueOf(db), "", Double.parseDouble(latency));
    types = new JdbcTypes(database.engine());
    seed();
    return check();
  }

  @TearDown(Level.Trial)
  public final void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Benchmark
  public R dao() throws Exception {
    try (Handle handle = database.jdbi().open()) {
      return runDao(handle);
    }
  }

  @Benchmark
  public R jdbc() throws Exception {
    try (Connection connection = database.dataSource().getConnection()) {
      return runJdbc(connection);
    }
  }

  /** Inserts the rows this scenario reads; not measured. */
  protected abstract void seed() throws Exception;

  /** One operation through the generated DAO on {@code handle}. */
  protected abstract R runDao(Handle handle) throws Exception;

  /** One operation through hand-written JDBC on {@code connection}. */
  protected abstract R runJdbc(Connection connection) throws Exception;

  /** The statements of the last hand-written operations, as that code counts them. */
  protected abstract int jdbcStatements();

  /**
   * Runs each variant once, compares their results and returns what was found. The default
   * compares {@link #canonical} forms and reports {@link #describe}.
   */
  protected Report check() throws Exception {
    Run<R> dao = runCountedDao();
    Run<R> jdbc = runCountedJdbc();
    Object expected = canonical(jdbc.result());
    Object actual = canonical(dao.result());
    Results.requireEqual(name() + " on " + db, expected, actual);
    return report(dao, jdbc, describe(jdbc.result()));
  }

  /** The result in a form equal for both variants when they returned the same rows. */
  protected Object canonical(R result) {
    return result;
  }

  /** A short description of the rows, for the report. */
  protected abstract String describe(R result);

  /** The scenario as the issue words it. */
  protected abstract String title();

  protected final Report report(Run<R> dao, Run<R> jdbc, String rows) {
    return new Report(name(), title(), database.engine(), Double.parseDouble(latency),
        dao.statements(), jdbc.statements(), dao.roundTrips(), jdbc.roundTrips(), rows);
  }

  /** The scenario's class name; JMH runs a generated subclass of it. */
  protected final String name() {
    Class<?> type = getClass();
    while (type.getSuperclass() != Scenario.class) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  /**
   * One DAO operation on a handle whose statements (Jdbi's {@code SqlLogger}) and round trips
   * ({@link RoundTripCounter}, under Jdbi) are counted: a Jdbi of its own on the same pool.
   */
  protected final Run<R> runCountedDao() throws Exception {
    StatementCounter statements = new StatementCounter();
    RoundTripCounter roundTrips = new RoundTripCounter();
    Jdbi counted = Jdbi.create(roundTrips.wrap(database.dataSource()))
        .installPlugin(new SqlObjectPlugin()).installPlugin(new JoineryPlugin());
    counted.getConfig(SqlStatements.class).setSqlLogger(statements);
    counted.getConfig(JoineryConfig.class).setStatementListener(statements);
    counted.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(h)); // detected once, before
    int before = roundTrips.count();
    R result;
    try (Handle handle = counted.open()) {
      result = runDao(handle);
    }
    // Counted once the handle is closed: closing restores what the operation left (auto-commit
    // after Joinery's last transaction), as the hand-written side restores it itself.
    return new Run<>(result, statements.count(), roundTrips.count() - before);
  }

  /** One hand-written operation, the statements it counted and its round trips. */
  protected final Run<R> runCountedJdbc() throws SQLException, Exception {
    int before = jdbcStatements();
    RoundTripCounter roundTrips = new RoundTripCounter();
    try (Connection connection = roundTrips.wrap(database.dataSource().getConnection())) {
      R result = runJdbc(connection);
      return new Run<>(result, jdbcStatements() - before, roundTrips.count());
    }
  }

  /** A result, the statements it took and its round trips (see {@link RoundTripCounter}). */
  protected record Run<R>(R result, int statements, int roundTrips) {}
}
