package dev.joinery.internal;

import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Binds a whole row through the generated {@code write}, which sets each column at the position
 * the {@link RowOutput} maps it to: the one argument of a statement prepared with
 * {@link Statements#prepareForRows}, at position 0.
 */
final class RowArgument<T> implements Argument, LoggedValues {
  private final TableMeta<T> table;
  private final T row;
  private final RowOutput output;

  RowArgument(TableMeta<T> table, T row, RowOutput output) {
    this.table = table;
    this.row = row;
    this.output = output;
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx)
      throws SQLException {
    table.write(row, output.target(statement));
  }

  /** The row's values in placeholder order, {@code @Secret} columns masked. */
  @Override
  public void appendTo(StringBuilder out) {
    List<Object> values = new ArrayList<>();
    List<Boolean> secret = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      int position = output.position(column.ordinal());
      if (position != 0) {
        while (values.size() < position) {
          values.add(null);
          secret.add(false);
        }
        values.set(position - 1, column.isSecret() ? null : column.get(row));
        secret.set(position - 1, column.isSecret());
      }
    }
    boolean[] masked = new boolean[secret.size()];
    for (int i = 0; i < masked.length; i++) {
      masked[i] = secret.get(i);
    }
    LoggedValues.appendList(out, values, masked);
  }

  /**
   * The row's values as the SQL log shows them: Jdbi prints arguments in its exception messages,
   * and the record's own {@code toString} would print its secrets.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    appendTo(text);
    return text.toString();
  }

  /** Binds {@code row} to a statement prepared with {@link Statements#prepareForRows}. */
  static <T, S extends SqlStatement<S>> S bind(S statement, TableMeta<T> table, T row,
      RowOutput output) {
    RowArgument<T> argument = new RowArgument<>(table, row, output);
    SqlLog.attach(statement, argument);
    return statement.bind(0, argument);
  }
}
