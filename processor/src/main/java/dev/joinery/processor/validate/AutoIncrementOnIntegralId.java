package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.Set;

/**
 * {@code @AutoIncrement} only on an {@code @Id} of type {@code Long}, {@code Integer} or
 * {@code Short}: databases generate only integral identity keys, and the key must be a wrapper
 * because it is {@code null} until the insert returns it.
 */
final class AutoIncrementOnIntegralId extends ColumnRule {
  private static final Set<ValueType> INTEGRAL = Set.of(ValueType.LONG, ValueType.INT, ValueType.SHORT);

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (!column.autoIncrement()) {
      return;
    }
    String problem;
    if (!column.id()) {
      problem = "not the @Id";
    } else if (!INTEGRAL.contains(column.valueType())) {
      problem = TypeText.article(column.type());
    } else if (column.primitive()) {
      problem = TypeText.article(column.type()) + ", which cannot be null before the insert";
    } else {
      return;
    }
    report.error(Message.AUTO_INCREMENT_TYPE,
        Where.annotation(column.source(), ANNOTATIONS + "AutoIncrement"), table,
        table.recordName(), column.property(), problem);
  }
}
