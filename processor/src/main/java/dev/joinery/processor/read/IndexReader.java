package dev.joinery.processor.read;

import dev.joinery.processor.model.IndexModel;
import dev.joinery.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Index} annotations of a record, written directly or (when repeated) inside
 * the {@code @Indexes} container javac wraps them in.
 */
final class IndexReader {
  List<IndexModel> read(TypeElement type) {
    List<IndexModel> indexes = new ArrayList<>();
    Annotations.find(type, Names.INDEX).ifPresent(mirror -> indexes.add(index(type, mirror)));
    Annotations.find(type, Names.INDEXES).ifPresent(container -> {
      for (AnnotationValue value : Annotations.list(container, "value")) {
        if (value.getValue() instanceof AnnotationMirror mirror) {
          indexes.add(index(type, mirror));
        }
      }
    });
    return indexes;
  }

  private static IndexModel index(TypeElement type, AnnotationMirror mirror) {
    List<String> components = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(mirror, "columns")) {
      if (value.getValue() instanceof String component) {
        components.add(component);
      }
    }
    return new IndexModel(
        SourceRef.of(type).at(mirror).at(Annotations.explicit(mirror, "columns")),
        components,
        Annotations.bool(mirror, "unique"),
        Annotations.string(mirror, "name"));
  }
}
