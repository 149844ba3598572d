package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.TypeMirror;

/**
 * To-many associations sit on {@code List<T>}, to-one associations on a single record: the
 * generated loaders fill the component with exactly that shape. A mis-shaped association is
 * reported here only; the graph then treats it as having no target.
 */
final class AssociationShape implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (RoundGraph.shapeOk(association)) {
          continue;
        }
        TypeMirror type = table.components().get(association.component()).type();
        String annotation = RoundGraph.annotationName(association.kind());
        if (association.kind().toMany()) {
          report.error(Message.TO_MANY_NOT_LIST, association.source().at((AnnotationValue) null),
              table, annotation, table.recordName(), association.name(), TypeText.simple(type),
              AssociationTypeArguments.heldRecord(type),
              RoundGraph.annotationName(toOne(association.kind())));
        } else {
          TypeMirror element = TypeText.elementType(type);
          report.error(Message.TO_ONE_ON_LIST, association.source().at((AnnotationValue) null),
              table, annotation, table.recordName(), association.name(), TypeText.simple(type),
              element == null ? "T" : TypeText.simple(element),
              RoundGraph.annotationName(toMany(association.kind())));
        }
      }
    }
  }

  private static AssociationKind toOne(AssociationKind kind) {
    return kind == AssociationKind.HAS_MANY ? AssociationKind.HAS_ONE : AssociationKind.BELONGS_TO;
  }

  private static AssociationKind toMany(AssociationKind kind) {
    return kind == AssociationKind.HAS_ONE
        ? AssociationKind.HAS_MANY : AssociationKind.BELONGS_TO_MANY;
  }
}
