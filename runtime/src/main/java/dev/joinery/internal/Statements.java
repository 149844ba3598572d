package dev.joinery.internal;

import dev.joinery.JoineryConfig;
import dev.joinery.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.TemplateEngine;

/** Small helpers every statement of the engine goes through. */
final class Statements {
  private static final SqlParser NO_PARAMETERS = new Placeholders(0);
  private static final SqlParser ONE_PARAMETER = new Placeholders(1);

  private Statements() {}

  /**
   * Hands Jdbi {@code sql}'s text as it is and binds its values: templating off, because the
   * engine's SQL is final text and {@code <>} or {@code <=} must not be mistaken for a template
   * attribute; no parsing, because the engine knows its placeholders; and the values set on the
   * JDBC statement directly, just before it executes ({@link BoundValues}). Jdbi resolves each
   * argument bound through it by its type, through maps and argument factories: for the
   * thousands of keys of an {@code IN (…)}, or the two short statements of a {@code findByPk},
   * that cost more than the query. Statements still run through Jdbi, so its logging, timing and
   * transactions see them all; its exception messages show no arguments for them.
   */
  static <S extends SqlStatement<S>> S prepare(S statement, Sql sql) {
    statement.setTemplateEngine(TemplateEngine.NOP).setSqlParser(NO_PARAMETERS);
    timeout(statement);
    if (!sql.hasValues()) {
      return statement;
    }
    BoundValues values = sql.values();
    SqlLog.attach(statement, values);
    return statement.addCustomizer(new BindValues(values));
  }

  /**
   * Like {@link #prepare}, for a statement whose placeholders one argument per row sets (a
   * {@link RowArgument}, the two keys of a junction row): the caller binds it at position 0.
   */
  static <S extends SqlStatement<S>> S prepareForRows(S statement) {
    statement.setTemplateEngine(TemplateEngine.NOP);
    timeout(statement);
    return statement.setSqlParser(ONE_PARAMETER);
  }

  /**
   * Applies {@link JoineryConfig#queryTimeout()} (a query's own, set by the repository for the
   * call, or the default) in whole seconds, rounded up, as JDBC counts them.
   */
  private static void timeout(SqlStatement<?> statement) {
    Duration timeout = statement.getConfig(JoineryConfig.class).queryTimeout();
    if (timeout != null) {
      long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
      statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, seconds));
    }
  }

  /** Sets the values of a statement Jdbi was told has no parameters. */
  private record BindValues(Argument values) implements StatementCustomizer {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext ctx)
        throws SQLException {
      values.apply(1, statement, ctx);
    }
  }

  /** Tells Jdbi the text and how many parameters it has, without parsing it. */
  private record Placeholders(int count) implements SqlParser {
    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
      return ParsedSql.of(sql, ParsedParameters.positional(count));
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
      return "?";
    }
  }

  /** A statement that changes rows, for wording constraint errors. */
  enum Change { INSERT, UPDATE, DELETE }

  /**
   * Runs {@code body}; a constraint violation it raises becomes the typed
   * {@link dev.joinery.ConstraintViolationException} naming {@code table} (and {@code context},
   * the association being saved, when not null).
   */
  static <R> R write(ExecutionContext execution, TableDef table, Change change,
      String context, Supplier<R> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      RuntimeException typed = ConstraintErrors.translate(e, execution.dialect(), table, change,
          context);
      throw typed == e ? Faults.translate(e, table.name(), execution.handle()) : typed;
    }
  }
}
