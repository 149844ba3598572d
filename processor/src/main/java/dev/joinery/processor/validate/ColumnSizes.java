package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.FractionalSeconds;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * Sizes in {@code @Column} that every supported database can create. A VARCHAR length lies
 * between 1 and 16383: MySQL stores at most 65535 bytes in a VARCHAR and Joinery's tables are
 * utf8mb4 (up to 4 bytes a character), so MySQL refuses a longer one in strict mode (and turns
 * it into TEXT otherwise); longer text is {@code text = true}, where a length (any positive
 * number of characters) picks MySQL's MEDIUMTEXT or LONGTEXT when TEXT is too small. A DECIMAL's scale (digits after
 * the point) is at most its precision (all digits), which every database requires, and its
 * precision is not negative: only a timestamp leaves its digits to the database. A timestamp
 * keeps 0 to 6 fractional digits of seconds, the most MySQL and PostgreSQL store, or
 * {@code Column.DATABASE_PRECISION}.
 *
 * <p>Defaults count: {@code @Column(scale = 4)} with the default precision is DECIMAL(19,4), and
 * {@code @Column(precision = 1)} with the default scale is DECIMAL(1,2). Sizes on a type they do
 * not apply to are reported by {@link ColumnFacetTypes} instead.
 */
final class ColumnSizes extends ColumnRule {
  /** 65535 bytes over 4 bytes per utf8mb4 character. */
  static final int MAX_VARCHAR = 16383;

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    ValueType type = column.valueType();
    if (type == ValueType.STRING || type == ValueType.ENUM) {
      checkLength(table, column, report);
    }
    if (type != null && FractionalSeconds.applies(type)
        && column.precision() != ColumnDef.DATABASE_FRACTIONAL_DIGITS
        && (column.precision() < 0 || column.precision() > ColumnDef.DEFAULT_FRACTIONAL_DIGITS)) {
      report.error(Message.FRACTIONAL_DIGITS, Where.member(column.source(), "precision"), table,
          column.precision(), table.recordName(), column.property());
    }
    if (type == ValueType.BIG_DECIMAL) {
      checkDecimalPrecision(table, column, report);
    }
    if (type == ValueType.BIG_DECIMAL && column.scale() > column.precision()) {
      String member = Where.isExplicit(column.source(), "scale") ? "scale" : "precision";
      report.error(Message.DECIMAL_SCALE, Where.member(column.source(), member), table,
          table.recordName(), column.property(), column.precision(), column.scale());
    }
  }

  /** The written precision; the model holds 19 for any precision below 1. */
  private static void checkDecimalPrecision(
      TableModel table, ColumnModel column, ValidationReport report) {
    Optional<AnnotationValue> written = Where.explicit(column.source(), "precision");
    if (written.isPresent() && written.get().getValue() instanceof Integer precision
        && precision < 0) {
      report.error(Message.DECIMAL_PRECISION_NEGATIVE, Where.member(column.source(), "precision"),
          table, precision, table.recordName(), column.property());
    }
  }

  /** The written length; the model holds 255 for any length below 1. */
  private static void checkLength(TableModel table, ColumnModel column, ValidationReport report) {
    Optional<AnnotationValue> written = Where.explicit(column.source(), "length");
    if (written.isEmpty() || !(written.get().getValue() instanceof Integer length)) {
      return;
    }
    if (length < 0) {
      report.error(Message.COLUMN_LENGTH_NEGATIVE, Where.member(column.source(), "length"),
          table, length, table.recordName(), column.property());
    } else if (length > MAX_VARCHAR && !column.text()) {
      String fix = column.valueType() == ValueType.STRING
          ? "write `@Column(text = true)` for longer text"
          : "the names of an enum's constants need far less: lower length";
      report.error(Message.COLUMN_LENGTH_TOO_LONG, Where.member(column.source(), "length"),
          table, length, table.recordName(), column.property(), fix);
    }
  }
}
