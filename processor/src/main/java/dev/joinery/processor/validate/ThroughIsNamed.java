package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @BelongsToMany} names its junction, as Sequelize requires: a table ({@code through}) or
 * a record ({@code throughRecord}), exactly one of the two. A derived name would silently change
 * when a record is renamed, and the table holds data.
 */
final class ThroughIsNamed implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() != AssociationKind.BELONGS_TO_MANY) {
          continue;
        }
        if (association.hasThroughRecord() && !association.through().isEmpty()) {
          report.error(Message.THROUGH_TWICE, Where.member(association.source(), "through"),
              table, table.recordName(), association.name(), association.through(),
              association.throughRecord() == null ? "?" : simpleName(association.throughRecord()));
        } else if (!association.hasThroughRecord() && association.through().isBlank()) {
          report.error(Message.EMPTY_THROUGH, Where.member(association.source(), "through"), table,
              table.recordName(), association.name(),
              Naming.junctionTableName(table.recordName(), association.name()));
        }
      }
    }
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
