package dev.joinery.meta;

import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialects;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A Jdbi {@link RowMapper} for raw SQL over one table's columns, matched by column label. The
 * labels are resolved once per result set in {@link #specialize}, so mapping a row reads by
 * position like the generated code does. Columns the query did not select read as {@code null}
 * (or zero); when a label occurs twice (a {@code SELECT *} over a join), the first one wins, so
 * select the mapped table's columns first.
 */
final class TableRowMapper<T> implements RowMapper<T> {
  private final TableMeta<T> table;

  TableRowMapper(TableMeta<T> table) {
    this.table = table;
  }

  @Override
  public RowMapper<T> specialize(ResultSet resultSet, StatementContext context)
      throws SQLException {
    ResultSetMetaData metaData = resultSet.getMetaData();
    int[] positions = new int[table.columns().size()];
    for (int position = metaData.getColumnCount(); position >= 1; position--) {
      String label = metaData.getColumnLabel(position).toLowerCase(Locale.ROOT);
      for (TableColumn<T, ?> column : table.columns()) {
        if (column.name().toLowerCase(Locale.ROOT).equals(label)) {
          positions[column.ordinal()] = position;
        }
      }
    }
    Dialect dialect = Dialects.detect(context.getConnection());
    return new Specialized<>(table, positions, dialect);
  }

  @Override
  public T map(ResultSet resultSet, StatementContext context) throws SQLException {
    return specialize(resultSet, context).map(resultSet, context);
  }

  private static final class Specialized<T> implements RowMapper<T> {
    private final TableMeta<T> table;
    private final int[] positions;
    private final Dialect dialect;
    private ResultSet current;
    private RowInput input;

    Specialized(TableMeta<T> table, int[] positions, Dialect dialect) {
      this.table = table;
      this.positions = positions;
      this.dialect = dialect;
    }

    @Override
    public T map(ResultSet resultSet, StatementContext context) throws SQLException {
      if (resultSet != current) {
        current = resultSet;
        input = new RowInput(resultSet, positions, dialect);
      }
      return table.read(input);
    }
  }
}
