package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * No two columns of a table share a name, whether derived ({@code customerId} and
 * {@code customer_id} both become {@code customer_id}) or given by {@code @Column(name)}. Names
 * are compared ignoring case, as every supported database does for its catalog lookups. The
 * later component is reported, on its {@code @Column(name)} when written.
 */
final class UniqueColumnNames implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      Map<String, ColumnModel> first = new HashMap<>();
      for (ColumnModel column : table.columns()) {
        ColumnModel earlier =
            first.putIfAbsent(column.columnName().toLowerCase(Locale.ROOT), column);
        if (earlier == null) {
          continue;
        }
        SourceRef where = Where.isExplicit(column.source(), "name")
            ? Where.member(column.source(), "name")
            : SourceRef.of(column.source().element());
        report.error(Message.DUPLICATE_COLUMN, where, table, column.columnName(),
            table.recordName(), column.property(), earlier.property(), table.tableName());
      }
    }
  }
}
