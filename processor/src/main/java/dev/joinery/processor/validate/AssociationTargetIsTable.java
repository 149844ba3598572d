package dev.joinery.processor.validate;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * An association points at a {@code @Table} record. A target that carries {@code @Table} but is
 * not part of this round (compiled earlier, from a library) is accepted unchecked, and a target
 * that is a {@code @Table} non-record is already reported on itself.
 */
final class AssociationTargetIsTable implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (!RoundGraph.shapeOk(association)
            || graph.table(association.targetQualifiedName()).isPresent()
            || AssociationTypeArguments.reports(table, association)) {
          continue;
        }
        TypeMirror type = table.components().get(association.component()).type();
        TypeMirror target = association.isList() ? TypeText.elementType(type) : type;
        if (association.linked() && target instanceof DeclaredType linked
            && linked.getTypeArguments().size() == 2) {
          target = linked.getTypeArguments().get(0); // Linked<Actor, Casting>: Actor
        }
        if (target != null && TypeText.isTable(target)) {
          continue;
        }
        report.error(Message.TARGET_NOT_TABLE, association.source().at((AnnotationValue) null),
            table, RoundGraph.annotationName(association.kind()), table.recordName(),
            association.name(), target == null ? TypeText.simple(type) : TypeText.simple(target));
      }
    }
  }
}
