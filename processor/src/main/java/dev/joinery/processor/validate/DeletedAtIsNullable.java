package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * A {@code @DeletedAt} column is NULL on every live row (that is how the runtime tells live rows
 * from soft-deleted ones), so it cannot be NOT NULL. Reported on {@code @DeletedAt}, naming the
 * declaration that makes it NOT NULL.
 */
final class DeletedAtIsNullable extends ColumnRule {
  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (column.deletedAt() && column.isNotNullInDatabase()) {
      report.error(Message.DELETED_AT_NOT_NULL,
          Where.annotation(column.source(), ANNOTATIONS + "DeletedAt"), table,
          table.recordName(), column.property(), NotNull.reason(column),
          NotNull.fix(table, column));
    }
  }
}
