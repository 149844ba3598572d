package dev.joinery.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a model node came from, used only to place diagnostics on the narrowest position: the
 * element, the annotation on it and the annotation value at fault (so the caret sits under
 * {@code foreignKey = "custId"}). Annotation and value may be {@code null}.
 */
public record SourceRef(Element element, AnnotationMirror annotation, AnnotationValue value) {
  public static SourceRef of(Element element) {
    return new SourceRef(element, null, null);
  }

  public SourceRef at(AnnotationMirror mirror) {
    return new SourceRef(element, mirror, null);
  }

  /** The same element and annotation, pointing at one of its values ({@code null} = none). */
  public SourceRef at(AnnotationValue annotationValue) {
    return new SourceRef(element, annotation, annotationValue);
  }

  /**
   * The same element and annotation, pointing at the value the user wrote for {@code member}
   * ({@code foreignKey}, {@code onDelete}, ...), or at the annotation when the member is left to
   * its default: diagnostics about a key land under the key as written.
   */
  public SourceRef atMember(String member) {
    if (annotation == null) {
      return this;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return new SourceRef(element, annotation, entry.getValue());
      }
    }
    return new SourceRef(element, annotation, null);
  }
}
