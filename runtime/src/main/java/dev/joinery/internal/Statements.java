package dev.joinery.internal;

import dev.joinery.schema.TableDef;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.TemplateEngine;

/** Small helpers every statement of the engine goes through. */
final class Statements {
  private Statements() {}

  /**
   * Binds {@code sql}'s values and turns Jdbi's templating off: the engine's SQL is final text,
   * and {@code <>} or {@code <=} must not be mistaken for a template attribute.
   */
  static <S extends SqlStatement<S>> S prepare(S statement, Sql sql) {
    statement.setTemplateEngine(TemplateEngine.NOP);
    return sql.bindTo(statement);
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
      throw ConstraintErrors.translate(e, execution.dialect(), table, change, context);
    }
  }
}
