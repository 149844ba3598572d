package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;

/**
 * Every table has exactly one {@code @Id}: findByPk, updates, to-many stitching and default keys
 * all need one single-column key. Each extra {@code @Id} is reported on itself. While a table has
 * none or several, rules that need its key see none and stay silent, because guessing which one
 * was meant would invent follow-on errors.
 */
final class SinglePrimaryKey implements Rule {
  private static final String ID = "dev.joinery.annotation.Id";

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      List<ColumnModel> ids = table.columns().stream().filter(ColumnModel::id).toList();
      if (ids.isEmpty()) {
        report.error(Message.MISSING_ID, table.source().at((AnnotationValue) null), table,
            table.recordName());
      }
      String all = ids.stream().map(ColumnModel::property).collect(Collectors.joining(", "));
      for (ColumnModel extra : ids.subList(Math.min(1, ids.size()), ids.size())) {
        report.error(Message.DUPLICATE_ID, Where.annotation(extra.source(), ID), table,
            table.recordName(), extra.property(), all);
      }
    }
  }
}
