package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.IndexModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * An {@code @Index} names at least one component, and each names a column component (an
 * association has no column of its own to index; its foreign key does). A wrong name is reported
 * on that very string inside {@code columns}.
 */
final class IndexColumnsExist implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (IndexModel index : table.indexes()) {
        List<String> components = index.components();
        if (components.isEmpty()) {
          report.error(Message.EMPTY_INDEX, Where.member(index.source(), "columns"), table,
              table.recordName(), example(table));
        }
        for (int i = 0; i < components.size(); i++) {
          if (table.column(components.get(i)).isEmpty()) {
            report.error(Message.UNKNOWN_INDEX_COLUMN,
                Where.arrayElement(index.source(), "columns", i), table, table.recordName(),
                components.get(i), RoundGraph.columnList(table));
          }
        }
      }
    }
  }

  /** A column worth indexing for the example: the first that is not the key. */
  private static String example(TableModel table) {
    return table.columns().stream().filter(c -> !c.id()).map(ColumnModel::property).findFirst()
        .orElse(table.columns().isEmpty() ? "name" : table.columns().get(0).property());
  }
}
