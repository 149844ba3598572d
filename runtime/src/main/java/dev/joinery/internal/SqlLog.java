package dev.joinery.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Binding;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every statement a {@code Jdbi} runs to the SLF4J logger {@code dev.joinery.sql} at DEBUG,
 * with its bound values and the time it took (Sequelize's {@code logging} with
 * {@code benchmark}), the engine's statements and the application's own alike:
 *
 * <pre>
 * INSERT INTO "authors" ("username", "password") VALUES (?, ?); values: ['ann', ***]; 1.3 ms
 * INSERT INTO "comments" ("tutorial_id", "text") VALUES (?, ?); batch of 2: [1, 'Nice'], [1, 'Ok']; 2.0 ms
 * SELECT name FROM customers WHERE age &gt; :age; values: [age=18]; 0.4 ms
 * </pre>
 *
 * <p>Values of {@code @Secret} columns show as {@code ***}: exactly so in the engine's statements,
 * which know the column of every value; in the application's SQL, a named parameter whose name
 * (or the part after its last dot, as {@code bindMethods("a", author)} names them
 * {@code a.password}) is a secret column's component or column name. A positional parameter or a
 * value written into the SQL text is shown as it is.
 *
 * <p>Nothing is formatted unless the logger is at DEBUG. Installed by
 * {@link dev.joinery.JoineryPlugin}, in front of the logger the {@code Jdbi} had.
 */
public final class SqlLog implements SqlLogger {
  private static final Logger LOG = LoggerFactory.getLogger("dev.joinery.sql");
  /** The statement attribute holding an engine statement's {@link LoggedValues}. */
  private static final String VALUES = "dev.joinery.loggedValues";

  private final Set<String> secretNames;
  private final SqlLogger next;

  /**
   * @param secretNames component and column names of every secret column, in lower case
   * @param next the logger the {@code Jdbi} had, called first; never null
   */
  public SqlLog(Set<String> secretNames, SqlLogger next) {
    this.secretNames = Set.copyOf(secretNames);
    this.next = next;
  }

  /** Whether lines are written: the engine then records its values for them. */
  static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  /**
   * Records {@code values} as the values of {@code statement} (appended to the rows of a batch),
   * for the line written after it runs; nothing when the log is off.
   */
  static void attach(SqlStatement<?> statement, LoggedValues values) {
    if (!enabled()) {
      return;
    }
    StatementContext context = statement.getContext();
    if (statement instanceof PreparedBatch) {
      LoggedBatch batch = context.getAttribute(VALUES) instanceof LoggedBatch rows
          ? rows : new LoggedBatch();
      batch.add(values);
      context.define(VALUES, batch);
    } else {
      context.define(VALUES, values);
    }
  }

  @Override
  public void logBeforeExecution(StatementContext context) {
    next.logBeforeExecution(context);
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    next.logAfterExecution(context);
    if (enabled()) {
      LOG.debug(line(context, context.getCompletionMoment(), null));
    }
  }

  @Override
  public void logException(StatementContext context, SQLException failure) {
    next.logException(context, failure);
    if (enabled()) {
      LOG.debug(line(context, context.getExceptionMoment(), failure));
    }
  }

  /**
   * Logs a statement the engine ran straight on JDBC ({@link Jdbc}), which no Jdbi
   * {@code SqlLogger} sees: the same line as for a statement run through Jdbi.
   *
   * @param values its values (a {@link LoggedBatch} for a batch), or null for none
   * @param startNanos {@link System#nanoTime()} when it started executing
   * @param failure what it failed with, or null
   */
  static void engine(String sql, LoggedValues values, long startNanos, SQLException failure) {
    if (!enabled()) {
      return;
    }
    StringBuilder out = new StringBuilder(sql);
    if (values != null) {
      appendEngineValues(values, out);
    }
    LOG.debug(ending(out, (System.nanoTime() - startNanos) / 1e6, failure));
  }

  private static void appendEngineValues(LoggedValues values, StringBuilder out) {
    out.append(values instanceof LoggedBatch ? "; " : "; values: ");
    values.appendTo(out);
  }

  private String line(StatementContext context, Instant end, SQLException failure) {
    StringBuilder out = new StringBuilder(String.valueOf(context.getRenderedSql()));
    if (context.getAttribute(VALUES) instanceof LoggedValues values) {
      appendEngineValues(values, out);
    } else {
      appendApplicationValues(context, out);
    }
    Instant start = context.getExecutionMoment();
    double millis = start == null || end == null ? Double.NaN
        : Duration.between(start, end).toNanos() / 1e6;
    return ending(out, millis, failure);
  }

  /** The elapsed time (NaN: unknown) and the failure, if any, after a statement and values. */
  private static String ending(StringBuilder out, double millis, SQLException failure) {
    String elapsed = Double.isNaN(millis) ? null
        : String.format(Locale.ROOT, "%.1f ms", millis);
    if (failure != null) {
      out.append(elapsed == null ? "; failed: " : "; failed after " + elapsed + ": ")
          .append(failure.getMessage());
    } else if (elapsed != null) {
      out.append("; ").append(elapsed);
    }
    return out.toString();
  }

  /**
   * The values of a statement the application wrote, as Jdbi's arguments print them. A batch's
   * binding holds only its last row, so a batch shows none.
   */
  @SuppressWarnings("removal") // Binding's lookups are the only public way to its arguments.
  private void appendApplicationValues(StatementContext context, StringBuilder out) {
    ParsedParameters parameters = context.getParsedSql() == null
        ? null : context.getParsedSql().getParameters();
    if (parameters == null || parameters.getParameterCount() == 0
        || PreparedBatch.class.equals(context.getJdbiStatementType())) {
      return;
    }
    Binding binding = context.getBinding();
    out.append("; values: [");
    if (parameters.isPositional()) {
      for (int i = 0; i < parameters.getParameterCount(); i++) {
        out.append(i == 0 ? "" : ", ");
        out.append(describe(binding.findForPosition(i)));
      }
    } else {
      boolean first = true;
      for (String name : parameters.getParameterNames()) {
        out.append(first ? "" : ", ").append(name).append('=');
        first = false;
        out.append(isSecret(name) ? LoggedValues.MASK : describe(binding.findForName(name, context)));
      }
    }
    out.append(']');
  }

  private boolean isSecret(String parameter) {
    String last = parameter.substring(parameter.lastIndexOf('.') + 1);
    return secretNames.contains(last.toLowerCase(Locale.ROOT));
  }

  private static String describe(Optional<Argument> argument) {
    return argument.map(String::valueOf).orElse("?");
  }
}
