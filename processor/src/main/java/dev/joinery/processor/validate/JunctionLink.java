package dev.joinery.processor.validate;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Keys;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.Locale;

/**
 * A belongsToMany whose target is a record of the round and whose {@code through} is named, with
 * its junction columns resolved: {@code foreignKey} points at the source, {@code otherKey} at the
 * target; both default to {@code <record>_id}.
 */
record JunctionLink(Keys.JunctionKeys keys) {
  TableModel source() {
    return keys.source();
  }

  AssociationModel association() {
    return keys.association();
  }

  TableModel target() {
    return keys.target();
  }

  String through() {
    return keys.table();
  }

  /** The through name as the databases compare it. */
  String throughKey() {
    return keys.table().toLowerCase(Locale.ROOT);
  }

  String foreignKey() {
    return keys.sourceColumn();
  }

  String otherKey() {
    return keys.targetColumn();
  }

  /** A junction name derived from the declaration: {@code Tutorial.tags} → {@code tutorial_tags}. */
  String suggestedThrough() {
    return Naming.snakeCase(source().recordName()) + "_" + Naming.snakeCase(association().name());
  }
}
