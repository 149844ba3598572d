package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.SourceRef;

/**
 * The two columns of a junction table have different names. They collide when a record is
 * associated with itself ({@code User.friends}: both default to {@code user_id}) or when the
 * user writes the same name twice; the junction's primary key and both foreign keys need two.
 */
final class JunctionColumnsDistinct implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (Junction junction : graph.junctions()) {
      // A through record's two belongsTos hold two components: their columns differ.
      if (junction.hasThroughRecord()
          || !junction.sourceColumn().equalsIgnoreCase(junction.targetColumn())) {
        continue;
      }
      SourceRef source = junction.association().source();
      SourceRef where = Where.isExplicit(source, "otherKey") ? Where.member(source, "otherKey")
          : Where.member(source, "foreignKey");
      String suggestion = Naming.snakeCase(Naming.singular(junction.association().name())) + "_id";
      if (suggestion.equalsIgnoreCase(junction.sourceColumn())) {
        suggestion = "other_" + suggestion;
      }
      report.error(Message.JUNCTION_COLUMNS_CLASH, where, junction.source(), junction.table(),
          junction.source().recordName(), junction.association().name(), junction.sourceColumn(),
          suggestion);
    }
  }
}
