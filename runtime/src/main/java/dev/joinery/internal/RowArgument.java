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
 * the {@link RowOutput} maps it to. Jdbi applies arguments in position order and insists that
 * every placeholder is bound, so this argument sits at position 0 and sets them all, and the
 * other positions get {@link #NOTHING}, which leaves the values in place.
 */
final class RowArgument<T> implements Argument {
  /** Binds nothing; the row argument at position 0 already set this parameter. */
  static final Argument NOTHING = (position, statement, ctx) -> { };

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

  /** Binds {@code row} to a statement with {@code parameters} placeholders. */
  static <T, S extends SqlStatement<S>> S bind(S statement, TableMeta<T> table, T row,
      RowOutput output, int parameters) {
    statement.bind(0, new RowArgument<>(table, row, output));
    for (int i = 1; i < parameters; i++) {
      statement.bind(i, NOTHING);
    }
    return statement;
  }
}
