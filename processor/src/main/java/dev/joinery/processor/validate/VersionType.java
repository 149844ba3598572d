package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @Version} only on {@code int}, {@code long} or their wrappers: the runtime stores 0 on
 * insert and writes {@code version = version + 1}, which needs an integral column wide enough to
 * count every update of a row (a short or byte would overflow).
 */
final class VersionType extends ColumnRule {
  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (!column.version()
        || column.valueType() == ValueType.INT || column.valueType() == ValueType.LONG) {
      return;
    }
    report.error(Message.VERSION_TYPE, Where.annotation(column.source(), ANNOTATIONS + "Version"),
        table, table.recordName(), column.property(), TypeText.article(column.type()));
  }
}
