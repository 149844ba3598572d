package dev.joinery.bench.scenario;

import dev.joinery.bench.BenchDatabase;
import dev.joinery.bench.Engine;
import dev.joinery.bench.Report;
import dev.joinery.bench.StatementCounter;
import dev.joinery.bench.jdbc.JdbcTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
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
  @Param({"H2", "MARIADB"})
  public String db;

  protected BenchDatabase database;
  protected JdbcTypes types;

  @Setup(Level.Trial)
  public final void openDatabase() throws Exception {
    prepare().publish();
  }

  /** Creates and seeds the database, then runs the check; what the trial setup does. */
  final Report prepare() throws Exception {
    database = BenchDatabase.create(Engine.valueOf(db));
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
    return report(dao.statements(), jdbc.statements(), describe(jdbc.result()));
  }

  /** The result in a form equal for both variants when they returned the same rows. */
  protected Object canonical(R result) {
    return result;
  }

  /** A short description of the rows, for the report. */
  protected abstract String describe(R result);

  /** The scenario as the issue words it. */
  protected abstract String title();

  protected final Report report(int daoStatements, int jdbcStatements, String rows) {
    return new Report(name(), title(), database.engine(), daoStatements, jdbcStatements, rows);
  }

  /** The scenario's class name; JMH runs a generated subclass of it. */
  protected final String name() {
    Class<?> type = getClass();
    while (type.getSuperclass() != Scenario.class) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  /** One DAO operation on a handle whose statements are counted. */
  protected final Run<R> runCountedDao() throws Exception {
    StatementCounter counter = new StatementCounter();
    try (Handle handle = database.jdbi().open()) {
      handle.getConfig(SqlStatements.class).setSqlLogger(counter);
      R result = runDao(handle);
      return new Run<>(result, counter.count());
    }
  }

  /** One hand-written operation and the statements it counted. */
  protected final Run<R> runCountedJdbc() throws SQLException, Exception {
    int before = jdbcStatements();
    try (Connection connection = database.dataSource().getConnection()) {
      R result = runJdbc(connection);
      return new Run<>(result, jdbcStatements() - before);
    }
  }

  /** A result and the statements it took. */
  protected record Run<R>(R result, int statements) {}
}
