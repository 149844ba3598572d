package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.Map;

/**
 * No two records share a table name. Names differing only by case ({@code Users} beside
 * {@code users}, as a database taken over from Sequelize may hold) are two tables: Joinery quotes
 * every identifier, and quoted names are case-sensitive on PostgreSQL and H2, and on MySQL and
 * MariaDB with {@code lower_case_table_names = 0} (Linux's default). Where the server folds
 * table names (Windows, macOS), {@code sync} refuses such a schema and says why. The later record
 * is reported, on its {@code @Table} value when written.
 */
final class UniqueTableNames implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<String, TableModel> first = new HashMap<>();
    for (TableModel table : graph.tables()) {
      TableModel earlier = first.putIfAbsent(table.tableName(), table);
      if (earlier != null) {
        report.error(Message.DUPLICATE_TABLE, table.source(), table, table.tableName(),
            table.recordName(), earlier.recordName());
      }
    }
  }
}
