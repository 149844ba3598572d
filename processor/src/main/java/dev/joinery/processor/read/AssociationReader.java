package dev.joinery.processor.read;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one association component as declared: the kind, the target record and the annotation's
 * values, with "" and {@link ReferentialAction#DEFAULT} where the user said nothing. Defaults that
 * depend on the other side of the association are resolved later by
 * {@link dev.joinery.processor.model.Keys}, because only the whole round knows the other side.
 */
final class AssociationReader {
  private static final Map<String, AssociationKind> KINDS = Map.of(
      Names.HAS_ONE, AssociationKind.HAS_ONE,
      Names.BELONGS_TO, AssociationKind.BELONGS_TO,
      Names.HAS_MANY, AssociationKind.HAS_MANY,
      Names.BELONGS_TO_MANY, AssociationKind.BELONGS_TO_MANY);

  /** The association annotation on {@code component}, if any: what makes it an association. */
  static Optional<AnnotationMirror> annotation(Element component) {
    for (String name : List.of(Names.HAS_ONE, Names.BELONGS_TO, Names.HAS_MANY, Names.BELONGS_TO_MANY)) {
      Optional<AnnotationMirror> mirror = Annotations.find(component, name);
      if (mirror.isPresent()) {
        return mirror;
      }
    }
    return Optional.empty();
  }

  AssociationModel read(Element component, AnnotationMirror mirror, int componentIndex) {
    String annotationName =
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    AssociationKind kind = KINDS.get(annotationName);
    TypeMirror type = component.asType();
    boolean isList = isList(type);
    // belongsToMany has no rules or constraint options: its junction table always cascades.
    boolean junction = kind == AssociationKind.BELONGS_TO_MANY;
    TypeMirror element = isList ? elementType(type) : type;
    // List<Linked<Actor, Casting>>: the target is Actor, each with its Casting row.
    TypeMirror linkType = null;
    boolean linked = isList && isLinked(element);
    if (linked) {
      List<? extends TypeMirror> arguments = ((DeclaredType) element).getTypeArguments();
      element = arguments.size() == 2 ? arguments.get(0) : null;
      linkType = arguments.size() == 2 ? arguments.get(1) : null;
    }
    return new AssociationModel(
        SourceRef.of(component).at(mirror),
        kind,
        component.getSimpleName().toString(),
        componentIndex,
        isList,
        targetName(element),
        Annotations.string(mirror, "foreignKey"),
        kind == AssociationKind.HAS_ONE || kind == AssociationKind.HAS_MANY
            ? Annotations.string(mirror, "sourceKey") : "",
        kind == AssociationKind.BELONGS_TO ? Annotations.string(mirror, "targetKey") : "",
        junction ? ReferentialAction.DEFAULT : action(mirror, "onDelete"),
        junction ? ReferentialAction.DEFAULT : action(mirror, "onUpdate"),
        junction || Annotations.bool(mirror, "constraints"),
        kind == AssociationKind.HAS_ONE && Annotations.bool(mirror, "unique"),
        junction ? "" : Annotations.string(mirror, "uniqueKey"),
        junction ? Annotations.string(mirror, "through") : "",
        junction ? Annotations.string(mirror, "otherKey") : "",
        junction ? throughRecord(mirror) : "",
        linked,
        targetName(linkType),
        Annotations.has(component, Names.SECRET));
  }

  /**
   * The canonical name of {@code throughRecord}: "" for the default {@code void.class},
   * {@code null} for a type that is not a declared one.
   */
  private static String throughRecord(AnnotationMirror mirror) {
    Object value = Annotations.value(mirror, "throughRecord").getValue();
    if (value instanceof TypeMirror type) {
      return type.getKind() == TypeKind.VOID ? "" : targetName(type);
    }
    return null;
  }

  /** Whether the type is {@code dev.joinery.Linked<...>}. */
  private static boolean isLinked(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(Names.LINKED);
  }

  /** Whether the type is {@code java.util.List<...>} (raw or parameterised). */
  static boolean isList(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(Names.LIST);
  }

  /** The element type of a {@code List<T>}, or {@code null} for a raw list. */
  static TypeMirror elementType(TypeMirror listType) {
    List<? extends TypeMirror> arguments = ((DeclaredType) listType).getTypeArguments();
    return arguments.size() == 1 ? arguments.get(0) : null;
  }

  private static String targetName(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  private static ReferentialAction action(AnnotationMirror mirror, String member) {
    String constant = Annotations.enumConstant(mirror, member);
    for (ReferentialAction action : ReferentialAction.values()) {
      if (action.name().equals(constant)) {
        return action;
      }
    }
    return ReferentialAction.DEFAULT;
  }
}
