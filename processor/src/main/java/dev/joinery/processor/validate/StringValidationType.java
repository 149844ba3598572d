package dev.joinery.processor.validate;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * {@code @Email}, {@code @Url} and {@code @Length} validate text, so only sit on {@code String}
 * components; on anything else the generated validation would have nothing to check.
 */
final class StringValidationType extends ColumnRule {
  private static final List<String> VALIDATIONS = List.of("Email", "Url", "Length");

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    if (column.valueType() == ValueType.STRING) {
      return;
    }
    for (String annotation : VALIDATIONS) {
      SourceRef where = Where.annotation(column.source(), ANNOTATIONS + annotation);
      if (where.annotation() != null) {
        report.error(Message.VALIDATION_TYPE, where, table, annotation, table.recordName(),
            column.property(), TypeText.article(column.type()));
      }
    }
  }
}
