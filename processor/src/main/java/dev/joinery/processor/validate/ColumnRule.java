package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * A rule about one column at a time. Columns of unsupported type are skipped: their type is
 * already reported, and every fact about them would be a follow-on error.
 */
abstract class ColumnRule implements Rule {
  static final String ANNOTATIONS = "dev.joinery.annotation.";

  @Override
  public final void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (ColumnModel column : table.columns()) {
        if (column.valueType() != null) {
          check(table, column, report);
        }
      }
    }
  }

  abstract void check(TableModel table, ColumnModel column, ValidationReport report);
}
