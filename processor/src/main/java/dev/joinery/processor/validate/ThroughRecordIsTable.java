package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.Optional;

/**
 * {@code @BelongsToMany(throughRecord)} names a {@code @Table} record of the round: its table is
 * the junction, and the processor binds the junction's keys from the record's {@code @BelongsTo}s,
 * so it must see the record. A {@code @Table} that is no record is reported on itself.
 */
final class ThroughRecordIsTable implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() != AssociationKind.BELONGS_TO_MANY
            || !association.hasThroughRecord()) {
          continue;
        }
        Optional<TableModel> through = graph.table(association.throughRecord());
        if (through.isPresent()) {
          continue;
        }
        String name = association.throughRecord() == null
            ? "?" : ThroughIsNamed.simpleName(association.throughRecord());
        report.error(Message.THROUGH_NOT_TABLE,
            Where.member(association.source(), "throughRecord"), table, table.recordName(),
            association.name(), name,
            Naming.junctionTableName(table.recordName(), association.name()));
      }
    }
  }
}
