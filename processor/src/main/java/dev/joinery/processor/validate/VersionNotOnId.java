package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @Version} not on the {@code @Id}: an update finds its row by the key and then moves the
 * version, so a key that is the counter would name another row after every write, and every
 * foreign key pointing at it would be left behind.
 */
final class VersionNotOnId extends ColumnRule {
  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (column.version() && column.id()) {
      report.error(Message.VERSION_ON_ID,
          Where.annotation(column.source(), ANNOTATIONS + "Version"), table, table.recordName(),
          column.property());
    }
  }
}
