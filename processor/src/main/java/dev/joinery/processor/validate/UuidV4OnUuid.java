package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/** {@code @UuidV4} only on {@code java.util.UUID}: it generates a random UUID, nothing else. */
final class UuidV4OnUuid extends ColumnRule {
  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (column.uuidV4() && column.valueType() != ValueType.UUID) {
      report.error(Message.UUID_V4_TYPE, Where.annotation(column.source(), ANNOTATIONS + "UuidV4"),
          table, table.recordName(), column.property(), TypeText.article(column.type()));
    }
  }
}
