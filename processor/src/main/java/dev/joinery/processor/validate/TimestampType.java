package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @CreatedAt}/{@code @UpdatedAt}/{@code @DeletedAt} only on {@code Instant} or {@code LocalDateTime}, the two
 * types the runtime fills with the current time.
 */
final class TimestampType extends ColumnRule {
  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    boolean time = column.valueType() == ValueType.INSTANT
        || column.valueType() == ValueType.LOCAL_DATE_TIME;
    if (time) {
      return;
    }
    if (column.createdAt()) {
      report(table, column, "CreatedAt", report);
    }
    if (column.updatedAt()) {
      report(table, column, "UpdatedAt", report);
    }
    if (column.deletedAt()) {
      report(table, column, "DeletedAt", report);
    }
  }

  private static void report(TableModel table, ColumnModel column, String annotation,
      ValidationReport report) {
    report.error(Message.TIMESTAMP_TYPE, Where.annotation(column.source(), ANNOTATIONS + annotation),
        table, annotation, table.recordName(), column.property(), TypeText.article(column.type()));
  }
}
