package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.FractionalSeconds;
import java.util.Set;

/**
 * The members of {@code @Column} that only mean something for one kind of type: {@code unsigned}
 * for integers, {@code length} for strings and enums (both VARCHAR), {@code text} for strings,
 * {@code precision}/{@code scale} for {@code BigDecimal}, {@code collation} for what holds text. Silently ignoring them would leave the
 * user believing the database enforces what they wrote. Each is reported on the member itself.
 */
final class ColumnFacetTypes extends ColumnRule {
  private static final Set<ValueType> INTEGERS =
      Set.of(ValueType.BYTE, ValueType.SHORT, ValueType.INT, ValueType.LONG);

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    ValueType type = column.valueType();
    String what = TypeText.article(column.type());
    if (column.unsigned() && !INTEGERS.contains(type)) {
      report.error(Message.UNSIGNED_TYPE, Where.member(column.source(), "unsigned"), table,
          table.recordName(), column.property(), what);
    }
    if (Where.isExplicit(column.source(), "length")
        && type != ValueType.STRING && type != ValueType.ENUM) {
      report.error(Message.LENGTH_TYPE, Where.member(column.source(), "length"), table,
          table.recordName(), column.property(), what);
    }
    if (column.text() && type != ValueType.STRING) {
      report.error(Message.TEXT_TYPE, Where.member(column.source(), "text"), table,
          table.recordName(), column.property(), what);
    }
    if (column.collation() != null && type != ValueType.STRING && type != ValueType.ENUM
        && type != ValueType.UUID) {
      report.error(Message.COLLATION_TYPE, Where.member(column.source(), "collation"), table,
          table.recordName(), column.property(), what);
    }
    if (type != ValueType.BIG_DECIMAL) {
      for (String member : new String[] {"precision", "scale"}) {
        // precision is also the fractional digits of seconds of a timestamp or time.
        boolean fractionalDigits = member.equals("precision") && type != null
            && FractionalSeconds.applies(type);
        if (Where.isExplicit(column.source(), member) && !fractionalDigits) {
          report.error(Message.DECIMAL_TYPE, Where.member(column.source(), member), table,
              table.recordName(), column.property(), member, what);
        }
      }
    }
  }
}
