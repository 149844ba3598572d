package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Narrows a model's {@link SourceRef} to the annotation member at fault, so the caret sits under
 * {@code foreignKey = "custId"} rather than under the record. Falls back to the widest known
 * position when the member was not written (a default is at fault: the annotation is the best
 * place) or the annotation is unknown.
 */
final class Where {
  private Where() {}

  /**
   * The same position on an element javac can place a message on. javac 17 knows no source
   * position for a {@link RecordComponentElement} (the message would print without file or
   * line), but it does for the record's private field, which is declared by the very same
   * header tree and carries the same annotations; so a component is swapped for its field.
   */
  static SourceRef printable(SourceRef ref) {
    if (!(ref.element() instanceof RecordComponentElement component)) {
      return ref;
    }
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(component.getSimpleName())) {
        return new SourceRef(member, ref.annotation(), ref.value());
      }
    }
    return ref;
  }

  /** The explicitly written value of {@code member} on the ref's annotation, if any. */
  static Optional<AnnotationValue> explicit(SourceRef ref, String member) {
    if (ref.annotation() == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : ref.annotation().getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code member} is written on the ref's annotation. */
  static boolean isExplicit(SourceRef ref, String member) {
    return explicit(ref, member).isPresent();
  }

  /** The ref narrowed to {@code member} when written, else to its annotation. */
  static SourceRef member(SourceRef ref, String member) {
    return ref.atMember(member);
  }

  /**
   * The ref narrowed to element {@code index} of the array member {@code member}; the whole
   * member when it is not an array (a single value written without braces).
   */
  static SourceRef arrayElement(SourceRef ref, String member, int index) {
    Optional<AnnotationValue> value = explicit(ref, member);
    if (value.isEmpty()) {
      return member(ref, member);
    }
    if (value.get().getValue() instanceof List<?> list && index < list.size()
        && list.get(index) instanceof AnnotationValue element) {
      return ref.at(element);
    }
    return ref.at(value.get());
  }

  /**
   * The ref's element with its annotation of type {@code annotationType} (by canonical name), or
   * the bare element when the annotation is not there.
   */
  static SourceRef annotation(SourceRef ref, String annotationType) {
    for (AnnotationMirror mirror : ref.element().getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return new SourceRef(ref.element(), mirror, null);
      }
    }
    return SourceRef.of(ref.element());
  }
}
