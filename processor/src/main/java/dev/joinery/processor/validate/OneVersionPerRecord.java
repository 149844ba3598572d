package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record has at most one {@code @Version}: an update checks and moves one counter, and a second
 * would only be a copy that no write checks. Each extra annotation is reported on itself, naming
 * the first, which is the one to keep.
 */
final class OneVersionPerRecord implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      List<ColumnModel> versions = table.columns().stream().filter(ColumnModel::version).toList();
      if (versions.size() < 2) {
        continue;
      }
      String all = versions.stream().map(ColumnModel::property).collect(Collectors.joining(", "));
      for (ColumnModel extra : versions.subList(1, versions.size())) {
        report.error(Message.DUPLICATE_VERSION,
            Where.annotation(extra.source(), ColumnRule.ANNOTATIONS + "Version"), table,
            table.recordName(), extra.property(), all, versions.get(0).property());
      }
    }
  }
}
