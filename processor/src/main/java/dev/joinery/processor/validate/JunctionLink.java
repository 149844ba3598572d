package dev.joinery.processor.validate;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.Locale;

/**
 * A belongsToMany whose target is a table of the round and whose {@code through} is named, with
 * its junction columns resolved: {@code foreignKey} points at the source, {@code otherKey} at the
 * target; both default to {@code <record>_id}.
 */
record JunctionLink(TableModel source, AssociationModel association, TableModel target) {
  String through() {
    return association.through();
  }

  /** The through name as the databases compare it. */
  String throughKey() {
    return association.through().toLowerCase(Locale.ROOT);
  }

  String foreignKey() {
    return association.foreignKey().isEmpty()
        ? Naming.defaultJunctionColumn(source.recordName()) : association.foreignKey();
  }

  String otherKey() {
    return association.otherKey().isEmpty()
        ? Naming.defaultJunctionColumn(target.recordName()) : association.otherKey();
  }

  /** A junction name derived from the declaration: {@code Tutorial.tags} → {@code tutorial_tags}. */
  String suggestedThrough() {
    return Naming.snakeCase(source.recordName()) + "_" + Naming.snakeCase(association.name());
  }
}
