package dev.joinery.internal;

import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableMeta;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Binds a whole row through the generated {@code write}, which sets each column at the position
 * the {@link RowOutput} maps it to: the one argument of a statement prepared with
 * {@link Statements#prepareForRows}, at position 0.
 */
final class RowArgument<T> implements Argument {
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

  @Override
  public String toString() {
    return String.valueOf(row);
  }

  /** Binds {@code row} to a statement prepared with {@link Statements#prepareForRows}. */
  static <T, S extends SqlStatement<S>> S bind(S statement, TableMeta<T> table, T row,
      RowOutput output) {
    return statement.bind(0, new RowArgument<>(table, row, output));
  }
}
