package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import java.util.Locale;

/**
 * A junction table's name is not the name of a record's table: sync would create one and skip
 * the other, and the junction's rows would land in (or fail against) the record's table.
 */
final class JunctionNameIsFree implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (JunctionLink junction : graph.junctions()) {
      for (TableModel table : graph.tables()) {
        if (table.tableName().toLowerCase(Locale.ROOT).equals(junction.throughKey())) {
          String suggestion = junction.suggestedThrough();
          if (suggestion.equalsIgnoreCase(junction.through())) {
            suggestion = suggestion + "_links";
          }
          report.error(Message.JUNCTION_TABLE_CLASH,
              Where.member(junction.association().source(), "through"), junction.source(),
              junction.through(), junction.source().recordName(), junction.association().name(),
              table.recordName(), suggestion);
          break;
        }
      }
    }
  }
}
