package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * No two records share a table name. Names are compared ignoring case because MySQL on macOS and
 * Windows (and PostgreSQL for unquoted SQL written by hand) would treat them as one table. The
 * later record is reported, on its {@code @Table} value when written.
 */
final class UniqueTableNames implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<String, TableModel> first = new HashMap<>();
    for (TableModel table : graph.tables()) {
      TableModel earlier = first.putIfAbsent(table.tableName().toLowerCase(Locale.ROOT), table);
      if (earlier != null) {
        report.error(Message.DUPLICATE_TABLE, table.source(), table, table.tableName(),
            table.recordName(), earlier.recordName());
      }
    }
  }
}
