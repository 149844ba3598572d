package dev.joinery.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A record component in declaration order: its name, declared type and index, whether it is a
 * column or an association.
 *
 * @param jsonName its key in the map/JSON view: {@code @JsonName}'s value, or {@code name}
 * @param jsonNameSource where {@code @JsonName} sits (for diagnostics), or {@code null}
 */
public record ComponentModel(SourceRef source, String name, int index, TypeMirror type,
    String jsonName, SourceRef jsonNameSource) {

  /** Whether {@code @JsonName} gives it another key than its name. */
  public boolean renamedInJson() {
    return !jsonName.equals(name);
  }
}
