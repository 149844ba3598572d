package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code List<Linked<T, L>>} pairs each target with its row of the through record, so
 * {@code L} is that record, and there is one: a generated junction holds no payload to link.
 */
final class LinkedPayloadMatches implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (!association.linked() || association.kind() != AssociationKind.BELONGS_TO_MANY
            || association.targetQualifiedName() == null) {
          continue;
        }
        String target = ThroughIsNamed.simpleName(association.targetQualifiedName());
        if (!association.hasThroughRecord()) {
          report.error(Message.LINKED_WITHOUT_RECORD,
              association.source().at((AnnotationValue) null), table, table.recordName(),
              association.name(), target, association.through());
        } else if (association.throughRecord() != null
            && !association.throughRecord().equals(association.linkPayload())) {
          report.error(Message.LINKED_PAYLOAD_MISMATCH,
              association.source().at((AnnotationValue) null), table, table.recordName(),
              association.name(), target,
              association.linkPayload() == null
                  ? "?" : ThroughIsNamed.simpleName(association.linkPayload()),
              ThroughIsNamed.simpleName(association.throughRecord()));
        }
      }
    }
  }
}
