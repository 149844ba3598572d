package dev.joinery.sample.api.response;

import dev.joinery.CheckConstraintException;
import dev.joinery.ConnectionFailedException;
import dev.joinery.ConstraintViolationException;
import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.InvalidQueryException;
import dev.joinery.NotNullConstraintException;
import dev.joinery.QueryTimeoutException;
import dev.joinery.RowNotFoundException;
import dev.joinery.StaleRowException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.ValidationException;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.sample.api.ApiException;
import dev.joinery.validation.Violation;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.transaction.TransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a request threw into the {@link ErrorBody} it answers with. Joinery's typed
 * exceptions carry the table and column, so a constraint the database enforced is reported as
 * precisely as a rule checked before any SQL ran.
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private final List<TableMeta<?>> tables;

  /** @param tables every table the app serves, to name the property of a violated column */
  public ErrorMapper(List<TableMeta<?>> tables) {
    this.tables = List.copyOf(tables);
  }

  /** The answer to {@code failure}; unexpected failures are logged and answered without detail. */
  public ErrorBody map(Throwable failure) {
    if (failure instanceof ApiException e) {
      return new ErrorBody(e.status(), e.error(), e.getMessage(), e.violations());
    }
    if (failure instanceof ValidationException e) {
      ApiException api = ApiException.validation(e.violations());
      return new ErrorBody(400, api.error(), api.getMessage(), e.violations());
    }
    if (failure instanceof UniqueConstraintException e) {
      return constraint(409, "unique", e);
    }
    if (failure instanceof ForeignKeyConstraintException e) {
      return constraint(409, "foreign-key", e);
    }
    if (failure instanceof NotNullConstraintException e) {
      return constraint(400, "not-null", e);
    }
    if (failure instanceof CheckConstraintException e) {
      return constraint(400, "check", e);
    }
    if (failure instanceof StaleRowException e) {
      // Optimistic locking: someone saved the row since the client read it; nothing was written.
      return new ErrorBody(409, "stale", e.getMessage(), List.of());
    }
    if (failure instanceof RowNotFoundException e) {
      // The row was deleted between the route's read and its write.
      return new ErrorBody(404, "not-found", e.getMessage(), List.of());
    }
    if (failure instanceof InvalidQueryException e) {
      return new ErrorBody(400, "bad-request", e.getMessage(), List.of());
    }
    if (failure instanceof QueryTimeoutException) {
      return new ErrorBody(503, "timeout", "the database did not answer in time; try again",
          List.of());
    }
    if (failure instanceof ConnectionFailedException || failure instanceof ConnectionException
        || (failure instanceof TransactionException
            && failure.getCause() instanceof SQLException)) {
      // A pool that cannot hand out a connection within its acquire timeout (Jdbi's
      // ConnectionException), a connection that broke mid-request, or one that could not even
      // begin or end the request's transaction.
      LOG.warn("database unavailable: {}", failure.getMessage());
      return new ErrorBody(503, "database-unavailable",
          "the database cannot be reached; try again later", List.of());
    }
    if (failure instanceof HttpResponseException e) {
      // Javalin's own refusals: no route (404), wrong method (405).
      String error = e.getStatus() == 405 ? "method-not-allowed" : e.getStatus() == 404
          ? "not-found" : "bad-request";
      return new ErrorBody(e.getStatus(), error, e.getMessage(), List.of());
    }
    LOG.error("request failed", failure);
    return new ErrorBody(500, "internal",
        "the server failed to answer: " + failure.getClass().getSimpleName()
            + "; the server log has the details", List.of());
  }

  private ErrorBody constraint(int status, String error, ConstraintViolationException e) {
    String rule = switch (error) {
      case "unique" -> "unique";
      case "foreign-key" -> "foreignKey";
      case "not-null" -> "notNull";
      default -> "check";
    };
    List<Violation> violations = e.table() == null
        ? List.of()
        : List.of(new Violation(e.table(), e.column(), property(e.table(), e.column()), rule,
            e.getMessage()));
    return new ErrorBody(status, error, e.getMessage(), violations);
  }

  /** The record component of a column, as the client wrote it in JSON; null if unknown. */
  private String property(String table, String column) {
    for (TableMeta<?> meta : tables) {
      if (meta.name().equals(table)) {
        for (TableColumn<?, ?> each : meta.columns()) {
          if (each.name().equals(column)) {
            return each.property();
          }
        }
      }
    }
    return null;
  }
}
