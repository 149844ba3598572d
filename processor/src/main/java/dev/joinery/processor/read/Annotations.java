package dev.joinery.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotation values through mirrors rather than {@code getAnnotation}, because the readers
 * must keep the mirror and the value a user wrote (for diagnostics) and must not load annotation
 * classes that might reference types not compiled yet.
 */
final class Annotations {
  private Annotations() {}

  /** The annotation of this type on {@code element}, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String annotationType) {
    return find(element, annotationType).isPresent();
  }

  /** The value the user wrote for {@code member}, or {@code null} when it is left to its default. */
  static AnnotationValue explicit(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The value of {@code member}, written or defaulted. */
  static AnnotationValue value(AnnotationMirror mirror, String member) {
    AnnotationValue written = explicit(mirror, member);
    if (written != null) {
      return written;
    }
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)) {
        return method.getDefaultValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  static String string(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof String s ? s : "";
  }

  static int integer(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof Integer i ? i : 0;
  }

  static boolean bool(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof Boolean b && b;
  }

  /** The simple name of an enum constant value ({@code CASCADE}), or "" when unreadable. */
  static String enumConstant(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  /** The elements of an array value; a single value written without braces is one element. */
  static List<? extends AnnotationValue> list(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    if (value instanceof List<?> values) {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> elements = (List<? extends AnnotationValue>) values;
      return elements;
    }
    return List.of(value(mirror, member));
  }
}
