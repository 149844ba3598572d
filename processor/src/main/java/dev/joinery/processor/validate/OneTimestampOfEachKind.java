package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A record has at most one {@code @CreatedAt}, one {@code @UpdatedAt} and one {@code @DeletedAt}:
 * the runtime fills every such column with the same instant, so a second one only stores a copy
 * (and a second {@code @DeletedAt} would leave it unclear which one hides a row). Each extra annotation is
 * reported on itself, naming the first, which is the one to keep.
 */
final class OneTimestampOfEachKind implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      check(table, "CreatedAt", ColumnModel::createdAt, report);
      check(table, "UpdatedAt", ColumnModel::updatedAt, report);
      check(table, "DeletedAt", ColumnModel::deletedAt, report);
    }
  }

  private static void check(TableModel table, String annotation, Predicate<ColumnModel> marked,
      ValidationReport report) {
    List<ColumnModel> columns = table.columns().stream().filter(marked).toList();
    if (columns.size() < 2) {
      return;
    }
    String all = columns.stream().map(ColumnModel::property).collect(Collectors.joining(", "));
    for (ColumnModel extra : columns.subList(1, columns.size())) {
      report.error(Message.DUPLICATE_TIMESTAMP,
          Where.annotation(extra.source(), ColumnRule.ANNOTATIONS + annotation), table, annotation,
          table.recordName(), extra.property(), all, columns.get(0).property());
    }
  }
}
