package dev.joinery.processor.render;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.processor.model.AssociationModel;
import java.util.ArrayList;
import java.util.List;

/**
 * An association component as its user wrote it ({@code @HasOne(foreignKey = "customerId")
 * Address address}), rebuilt from the model for the Javadoc of its constant: members in
 * declaration order, only those that differ from their defaults.
 */
final class AnnotationText {
  private AnnotationText() {}

  static String of(AssociationModel association, String targetSimpleName) {
    List<String> members = new ArrayList<>();
    switch (association.kind()) {
      case HAS_ONE, HAS_MANY -> {
        string(members, "foreignKey", association.foreignKey());
        string(members, "sourceKey", association.sourceKey());
        rules(members, association);
        if (association.unique()) {
          members.add("unique = true");
        }
        string(members, "uniqueKey", association.uniqueKey());
      }
      case BELONGS_TO -> {
        string(members, "foreignKey", association.foreignKey());
        string(members, "targetKey", association.targetKey());
        rules(members, association);
        string(members, "uniqueKey", association.uniqueKey());
      }
      case BELONGS_TO_MANY -> {
        if (association.hasThroughRecord() && association.throughRecord() != null) {
          String name = association.throughRecord();
          members.add("throughRecord = " + name.substring(name.lastIndexOf('.') + 1) + ".class");
        } else {
          members.add("through = " + quote(association.through()));
        }
        string(members, "foreignKey", association.foreignKey());
        string(members, "otherKey", association.otherKey());
      }
    }
    String annotation = switch (association.kind()) {
      case HAS_ONE -> "@HasOne";
      case BELONGS_TO -> "@BelongsTo";
      case HAS_MANY -> "@HasMany";
      case BELONGS_TO_MANY -> "@BelongsToMany";
    };
    String type = association.isList() ? "List<" + targetSimpleName + ">" : targetSimpleName;
    String text = annotation + (members.isEmpty() ? "" : "(" + String.join(", ", members) + ")")
        + " " + type + " " + association.name();
    // A value containing the end of a comment must not end the Javadoc early.
    return text.replace("*/", "*&#47;");
  }

  private static void rules(List<String> members, AssociationModel association) {
    if (association.onDelete() != ReferentialAction.DEFAULT) {
      members.add("onDelete = " + association.onDelete().name());
    }
    if (association.onUpdate() != ReferentialAction.DEFAULT) {
      members.add("onUpdate = " + association.onUpdate().name());
    }
    if (!association.constraints()) {
      members.add("constraints = false");
    }
  }

  private static void string(List<String> members, String member, String value) {
    if (!value.isEmpty()) {
      members.add(member + " = " + quote(value));
    }
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
