package dev.joinery.internal;

import dev.joinery.CheckConstraintException;
import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.NotNullConstraintException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialect.ConstraintKind;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns a constraint violation reported by the driver into the typed exception of its kind, with
 * a message naming the table and, where the database's text lets us find it, the column:
 * {@code Unique constraint violated on tasks.task_owner (value already exists)}.
 *
 * <p>The kind comes from the dialect (SQLState and vendor code). The column is found in the
 * driver's message by the names the schema knows: an index or foreign-key name of the table
 * (all three databases quote the violated constraint's name), else a column name in quotes or
 * parentheses (MySQL's {@code Column 'x' cannot be null}, PostgreSQL's {@code Key (x)=…}).
 */
final class ConstraintErrors {
  private ConstraintErrors() {}

  static RuntimeException translate(JdbiException failure, Dialect dialect, TableDef table,
      Statements.Change change, String context) {
    List<SQLException> chain = sqlExceptions(failure);
    ConstraintKind kind = ConstraintKind.NONE;
    for (SQLException e : chain) {
      kind = dialect.constraintKind(e);
      if (kind != ConstraintKind.NONE) {
        break;
      }
    }
    if (kind == ConstraintKind.NONE) {
      return failure;
    }
    String column = column(table, kind, driverText(chain));
    String where = column == null ? table.name() : table.name() + "." + column;
    String suffix = context == null ? "" : " while saving " + context;
    return switch (kind) {
      case UNIQUE -> new UniqueConstraintException(
          "Unique constraint violated on " + where + " (value already exists)" + suffix,
          table.name(), column, failure);
      case FOREIGN_KEY -> new ForeignKeyConstraintException(
          "Foreign key constraint violated on " + where + (change == Statements.Change.DELETE
              ? " (other rows still reference it)" : " (the referenced row does not exist)")
              + suffix, table.name(), column, failure);
      case NOT_NULL -> new NotNullConstraintException(
          "Not-null constraint violated on " + where + " (no value given)" + suffix,
          table.name(), column, failure);
      case CHECK -> new CheckConstraintException(
          "Check constraint violated on " + where + suffix, table.name(), column, failure);
      case NONE -> failure;
    };
  }

  /** Every SQLException under {@code failure}: causes, and batch errors' next exceptions. */
  private static List<SQLException> sqlExceptions(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    for (Throwable t = failure; t != null && found.size() < 20; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null && found.size() < 20; e = e.getNextException()) {
          if (!found.contains(e)) {
            found.add(e);
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return found;
  }

  /**
   * The drivers' own words about the violation, without the statement text some of them append
   * (its column list would name every column). A batch's summary exception is skipped when the
   * per-row exception it chains is there.
   */
  private static String driverText(List<SQLException> chain) {
    boolean perRow = chain.stream().anyMatch(e -> !(e instanceof BatchUpdateException));
    StringBuilder text = new StringBuilder();
    for (SQLException e : chain) {
      if (perRow && e instanceof BatchUpdateException) {
        continue;
      }
      String message = String.valueOf(e.getMessage());
      for (String tail : List.of("SQL statement:", "[statement:", "Batch entry ")) {
        int at = message.indexOf(tail);
        if (at >= 0) {
          message = message.substring(0, at);
        }
      }
      text.append(message).append('\n');
    }
    return text.toString();
  }

  /** The column named by the message, or null. */
  static String column(TableDef table, ConstraintKind kind, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (kind == ConstraintKind.UNIQUE || kind == ConstraintKind.FOREIGN_KEY) {
      List<String> named = new ArrayList<>();
      for (IndexDef index : table.indexes()) {
        if (mentions(lower, index.name())) {
          named = index.columns();
        }
      }
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (named.isEmpty() && mentions(lower, foreignKey.name())) {
          named = foreignKey.columns();
        }
      }
      if (!named.isEmpty()) {
        return String.join(", ", named);
      }
      if (kind == ConstraintKind.UNIQUE && (lower.contains("primary") || lower.contains("_pkey"))) {
        return String.join(", ", table.primaryKey());
      }
    }
    // Longest names first, so "customer_id" wins over "id" when both could match.
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.sort(Comparator.comparingInt((ColumnDef c) -> c.name().length()).reversed());
    for (ColumnDef column : columns) {
      Pattern quoted = Pattern.compile("[\"'`(.]" + Pattern.quote(column.name().toLowerCase(Locale.ROOT))
          + "[\"'`)\\s]");
      if (quoted.matcher(lower).find()) {
        return column.name();
      }
    }
    return null;
  }

  private static boolean mentions(String lowerMessage, String name) {
    return Pattern.compile("(^|[^a-z0-9_])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
        + "($|[^a-z0-9_])").matcher(lowerMessage).find();
  }
}
