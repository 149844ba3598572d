package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @BelongsToMany(through)} names the junction table, as Sequelize requires: a derived name
 * would silently change when a record is renamed, and the table holds data.
 */
final class ThroughIsNamed implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() == AssociationKind.BELONGS_TO_MANY
            && association.through().isBlank()) {
          report.error(Message.EMPTY_THROUGH, Where.member(association.source(), "through"), table,
              table.recordName(), association.name(),
              Naming.junctionTableName(table.recordName(), association.name()));
        }
      }
    }
  }
}
