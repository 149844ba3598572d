package dev.joinery.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

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
}
