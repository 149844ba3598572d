package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import javax.lang.model.element.AnnotationValue;

/**
 * {@code @Table} belongs on records: generated code calls the canonical constructor and the
 * accessors, which only a record guarantees. A non-record is reported once, on its
 * {@code @Table}, and every other rule ignores it.
 */
final class TableIsRecord implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.allTables()) {
      if (!table.isRecord()) {
        report.error(Message.TABLE_NOT_RECORD, table.source().at((AnnotationValue) null), table,
            table.recordName(), kind(table));
      }
    }
  }

  private static String kind(TableModel table) {
    return switch (table.source().element().getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a class";
    };
  }
}
