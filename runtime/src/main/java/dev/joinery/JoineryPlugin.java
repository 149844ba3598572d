package dev.joinery;

import dev.joinery.dialect.Dialect;
import dev.joinery.internal.LazyAutoCommitConnection;
import dev.joinery.internal.SqlLog;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Makes a {@link Jdbi} ready for generated DAOs: registers {@link JoineryConfig} so the dialect
 * is detected once, by the first handle that needs it, and shared by all handles, and registers
 * the row mapper of every generated record ({@link TableMeta#rowMapper()}), so that
 * {@code handle.createQuery(sql).mapTo(Customer.class)} and a SqlObject's
 * {@code @SqlQuery List<Customer>} map records without further set-up. It also logs every
 * statement of the {@code Jdbi}, Joinery's and the application's, to the SLF4J logger
 * {@code dev.joinery.sql} at DEBUG with bound values and elapsed time, {@code @Secret} values
 * masked ({@link SqlLog}); a {@code SqlLogger} set before keeps running first. Install it with
 * {@code jdbi.installPlugin(new JoineryPlugin())} (and {@code SqlObjectPlugin} for the DAOs), or
 * let {@link Joinery#connect} do both.
 *
 * <p>The records are those of every generated {@code JoinerySchema} on the class path: the
 * processor lists each one in {@code META-INF/services/dev.joinery.meta.GeneratedSchema}, read
 * here through {@link ServiceLoader} with the thread's context class loader. A mapper the
 * application registers after installing the plugin takes precedence, as Jdbi's latest
 * registration always does.
 *
 * <p>It also wraps each connection a handle opens so that a run of Joinery's own write
 * transactions on one handle (a loop of nested creates) switches auto-commit off once, not once
 * per transaction: after Joinery commits, auto-commit stays off on the driver until anything
 * else uses the connection, which first turns it back on. The caller's statements, reads and
 * transactions, and the pool, see the connection in auto-commit as before; see
 * {@link LazyAutoCommitConnection}.
 */
public final class JoineryPlugin implements JdbiPlugin {
  private final Dialect dialect;

  /** Detects the dialect from the first connection. */
  public JoineryPlugin() {
    this(null);
  }

  /** Speaks {@code dialect} without asking the database. */
  public JoineryPlugin(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    // Creating the config on the Jdbi (not on each handle's copy) is what lets handles share
    // the detected dialect.
    JoineryConfig config = jdbi.getConfig(JoineryConfig.class);
    if (dialect != null) config.setDialect(dialect);
    Set<String> secretNames = new HashSet<>();
    for (GeneratedSchema schema : ServiceLoader.load(GeneratedSchema.class, classLoader())) {
      schema.tables().forEach(table -> {
        registerRowMapper(jdbi, table);
        addSecretNames(table, secretNames);
      });
    }
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    SqlLogger current = statements.getSqlLogger();
    // Installed twice (by Joinery.connect and again by hand), it would log each line twice.
    if (!(current instanceof SqlLog)) {
      statements.setSqlLogger(new SqlLog(secretNames, current));
    }
  }

  /** The names by which user SQL may bind a secret column's value: component and column. */
  private static void addSecretNames(TableMeta<?> table, Set<String> names) {
    for (TableColumn<?, ?> column : table.columns()) {
      if (column.isSecret()) {
        names.add(column.property().toLowerCase(Locale.ROOT));
        names.add(column.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  @Override
  public Connection customizeConnection(Connection connection) {
    return LazyAutoCommitConnection.wrap(connection);
  }

  private static <T> void registerRowMapper(Jdbi jdbi, TableMeta<T> table) {
    jdbi.registerRowMapper(table.recordType(), table.rowMapper());
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : JoineryPlugin.class.getClassLoader();
  }
}
