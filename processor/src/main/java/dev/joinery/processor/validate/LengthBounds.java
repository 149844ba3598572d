package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @Length(min, max)} describes lengths some text can have: neither bound is negative and
 * min is at most max. Otherwise every value, even a valid one, would fail validation at run
 * time, far from the annotation that caused it. {@code @Length} on a non-String is reported by
 * {@link StringValidationType}, whose fix is to remove it, so its bounds are not checked.
 */
final class LengthBounds extends ColumnRule {
  private static final String LENGTH = ANNOTATIONS + "Length";

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    SourceRef length = Where.annotation(column.source(), LENGTH);
    if (length.annotation() == null || column.valueType() != ValueType.STRING) {
      return;
    }
    int min = column.minLength();
    int max = column.maxLength();
    if (min < 0) {
      report.error(Message.LENGTH_NEGATIVE, Where.member(length, "min"), table, "min", min,
          table.recordName(), column.property());
    }
    if (max < 0) {
      report.error(Message.LENGTH_NEGATIVE, Where.member(length, "max"), table, "max", max,
          table.recordName(), column.property());
    }
    if (min >= 0 && max >= 0 && min > max) {
      report.error(Message.LENGTH_MIN_OVER_MAX, Where.member(length, "min"), table,
          table.recordName(), column.property(), min, max);
    }
  }
}
