package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.Map;

/**
 * A junction table's name is not the name of a record's table: sync would create one and skip
 * the other, and the junction's rows would land in (or fail against) the record's table. Names are
 * compared as the quoted identifiers are (see {@link UniqueTableNames}).
 */
final class JunctionNameIsFree implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<String, TableModel> tables = new HashMap<>();
    for (TableModel table : graph.tables()) {
      tables.putIfAbsent(table.tableName(), table);
    }
    for (Junction junction : graph.junctions()) {
      TableModel table = tables.get(junction.table());
      if (table == null || junction.hasThroughRecord()) {
        continue;
      }
      String suggestion = junction.suggestedThrough();
      if (suggestion.equalsIgnoreCase(junction.table())) {
        suggestion = suggestion + "_links";
      }
      report.error(Message.JUNCTION_TABLE_CLASH,
          Where.member(junction.association().source(), "through"), junction.source(),
          junction.table(), junction.source().recordName(), junction.association().name(),
          table.recordName(), suggestion);
    }
  }
}
