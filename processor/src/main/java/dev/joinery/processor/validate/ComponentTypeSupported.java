package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import javax.lang.model.type.TypeMirror;

/**
 * Every column component has a type a dialect can store. A component typed as a {@code @Table}
 * record (or a list of one) is almost always a forgotten association annotation, so that case
 * gets its own message naming the annotations to add.
 */
final class ComponentTypeSupported implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (ColumnModel column : table.columns()) {
        if (column.valueType() != null) {
          continue;
        }
        TypeMirror type = column.type();
        SourceRef where = SourceRef.of(column.source().element());
        String suggestion = suggestion(type);
        if (suggestion != null) {
          report.error(Message.MISSING_ASSOCIATION, where, table, table.recordName(),
              column.property(), TypeText.simple(type), suggestion);
        } else {
          report.error(Message.UNSUPPORTED_TYPE, where, table, table.recordName(),
              column.property(), TypeText.simple(type));
        }
      }
    }
  }

  private static String suggestion(TypeMirror type) {
    if (TypeText.isTable(type)) {
      return "@HasOne or @BelongsTo";
    }
    if (TypeText.isList(type) && TypeText.isTable(TypeText.elementType(type))) {
      return "@HasMany or @BelongsToMany";
    }
    return null;
  }
}
