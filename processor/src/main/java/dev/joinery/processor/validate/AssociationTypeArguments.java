package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * What an association holds is named exactly: {@code List<Song>} for a to-many (not a raw
 * {@code List}, {@code List<? extends Song>} or {@code List<Song[]>}), the record itself for a
 * to-one (not {@code Optional<Notebook>}, {@code Set<Song>} or {@code Song[]}). These shapes
 * pass {@link AssociationShape} (a list for a to-many, no list for a to-one) but name no target,
 * so without this rule {@link AssociationTargetIsTable} would call the wildcard or the wrapper
 * the record to annotate; it skips the associations reported here.
 */
final class AssociationTypeArguments implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        finding(table, association).ifPresent(finding -> report.error(finding.message(),
            association.source().at((AnnotationValue) null), table, finding.args().toArray()));
      }
    }
  }

  /** Whether this rule reports the association (so no other rule speaks of its target). */
  static boolean reports(TableModel table, AssociationModel association) {
    return finding(table, association).isPresent();
  }

  /**
   * The record a container type holds, as a user would write it: {@code Set<Song>},
   * {@code Optional<? extends Song>} and {@code Song} itself all hold {@code Song}; "T" when the
   * type names none (a raw {@code Set}).
   */
  static String heldRecord(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return heldRecord(array.getComponentType());
    }
    TypeMirror held = type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1
        ? bound(declared.getTypeArguments().get(0)) : type;
    return held instanceof DeclaredType record && record.getTypeArguments().isEmpty()
        && !isContainer(record) ? TypeText.simple(held) : "T";
  }

  /** A message and its arguments (a list: an array component would compare by identity). */
  private record Finding(Message message, List<Object> args) {
    static Finding of(Message message, Object... args) {
      return new Finding(message, Arrays.asList(args));
    }
  }

  private static Optional<Finding> finding(TableModel table, AssociationModel association) {
    if (!RoundGraph.shapeOk(association)) {
      return Optional.empty();
    }
    TypeMirror type = table.components().get(association.component()).type();
    String annotation = RoundGraph.annotationName(association.kind());
    Object[] site = {annotation, table.recordName(), association.name(), TypeText.simple(type)};
    if (type instanceof ArrayType && !heldRecord(type).equals("T")) {
      // Only a to-one gets here: an array is no list, so a to-many on one is mis-shaped.
      return Optional.of(Finding.of(Message.TO_ONE_ON_LIST, with(site, heldRecord(type),
          RoundGraph.annotationName(toMany(association.kind())))));
    }
    if (!(type instanceof DeclaredType declared) || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (association.isList()) {
      if (arguments.isEmpty()) {
        return Optional.of(Finding.of(Message.RAW_LIST, site));
      }
      if (arguments.get(0) instanceof WildcardType wildcard) {
        TypeMirror bound = bound(wildcard);
        return Optional.of(bound == wildcard
            ? Finding.of(Message.RAW_LIST, site)
            : Finding.of(Message.WILDCARD_LIST, with(site, TypeText.simple(bound))));
      }
      // List<List<Song>>, List<Song[]>: a list of containers of the record.
      TypeMirror element = arguments.get(0);
      boolean container = element instanceof ArrayType
          || (element instanceof DeclaredType inner && !inner.getTypeArguments().isEmpty());
      if (container && !heldRecord(element).equals("T")) {
        return Optional.of(Finding.of(Message.TO_MANY_NOT_LIST, with(site, heldRecord(element),
            RoundGraph.annotationName(toOne(association.kind())))));
      }
      return Optional.empty();
    }
    String held = heldRecord(type);
    if (arguments.size() != 1 || held.equals("T")) {
      return Optional.empty();
    }
    if (isContainer(declared)) {
      return Optional.of(Finding.of(Message.TO_ONE_ON_LIST,
          with(site, held, RoundGraph.annotationName(toMany(association.kind())))));
    }
    return Optional.of(Finding.of(Message.TO_ONE_WRAPPED, with(site, held)));
  }

  /** {@code ? extends Song} and {@code ? super Song} → {@code Song}; {@code ?} stays itself. */
  private static TypeMirror bound(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        return wildcard.getExtendsBound();
      }
      if (wildcard.getSuperBound() != null) {
        return wildcard.getSuperBound();
      }
    }
    return type;
  }

  /** Whether the type is an {@code Iterable}: a collection, whose to-one fix is a to-many. */
  private static boolean isContainer(DeclaredType type) {
    return isIterable(type.asElement());
  }

  private static boolean isIterable(Element element) {
    if (!(element instanceof TypeElement type)) {
      return false;
    }
    if (type.getQualifiedName().contentEquals("java.lang.Iterable")) {
      return true;
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      if (supertype instanceof DeclaredType declared && isIterable(declared.asElement())) {
        return true;
      }
    }
    return type.getSuperclass() instanceof DeclaredType superclass
        && isIterable(superclass.asElement());
  }

  private static Object[] with(Object[] site, Object... more) {
    Object[] all = new Object[site.length + more.length];
    System.arraycopy(site, 0, all, 0, site.length);
    System.arraycopy(more, 0, all, site.length, more.length);
    return all;
  }

  private static AssociationKind toOne(AssociationKind kind) {
    return kind == AssociationKind.HAS_MANY
        ? AssociationKind.HAS_ONE : AssociationKind.BELONGS_TO;
  }

  private static AssociationKind toMany(AssociationKind kind) {
    return kind == AssociationKind.HAS_ONE
        ? AssociationKind.HAS_MANY : AssociationKind.BELONGS_TO_MANY;
  }
}
