package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.Optional;

/**
 * The keys of hasOne, hasMany and belongsTo name column components: {@code foreignKey} on the
 * record holding it, {@code sourceKey}/{@code targetKey} on the record it references. Records
 * cannot grow hidden fields, so a foreign key left to its default must still be written as a
 * component; the message says exactly which one to add.
 *
 * <p>Only associations whose target is a table of the round are checked (the others are
 * reported by {@link AssociationTargetIsTable} or cannot be seen).
 */
final class KeyComponentsExist implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
          continue;
        }
        graph.target(association).ifPresent(target -> check(table, association, target, report));
      }
    }
  }

  private static void check(TableModel source, AssociationModel association, TableModel target,
      ValidationReport report) {
    boolean belongsTo = association.kind() == AssociationKind.BELONGS_TO;
    TableModel holder = belongsTo ? source : target;
    TableModel referenced = belongsTo ? target : source;
    String annotation = RoundGraph.annotationName(association.kind());

    String referencedKey = RoundGraph.referencedKeyName(association);
    String referencedMember = RoundGraph.referencedKeyMember(association);
    if (!referencedKey.isEmpty() && referenced.column(referencedKey).isEmpty()) {
      reportMissing(referenced, referencedKey, referencedMember, source, association, report,
          Message.UNKNOWN_REFERENCED_KEY);
    }

    String foreignKey = RoundGraph.foreignKeyName(source, association, target);
    if (holder.column(foreignKey).isPresent()) {
      return;
    }
    if (!association.foreignKey().isEmpty() || isAssociation(holder, foreignKey)) {
      reportMissing(holder, foreignKey, "foreignKey", source, association, report,
          Message.UNKNOWN_FOREIGN_KEY);
      return;
    }
    // The default key's type is the referenced key's; without that key there is nothing
    // precise to suggest, and the missing key is already reported.
    Optional<ColumnModel> key = RoundGraph.referencedKey(referenced, association);
    key.ifPresent(k -> report.error(Message.MISSING_FOREIGN_KEY,
        Where.member(association.source(), "foreignKey"), source, holder.recordName(), foreignKey,
        annotation, source.recordName(), association.name(), TypeText.boxed(k),
        RoundGraph.columnList(holder)));
  }

  private static void reportMissing(TableModel owner, String key, String member,
      TableModel source, AssociationModel association, ValidationReport report, Message missing) {
    String annotation = RoundGraph.annotationName(association.kind());
    if (isAssociation(owner, key)) {
      report.error(Message.KEY_NOT_COLUMN, Where.member(association.source(), member), source,
          owner.recordName(), key, annotation, member, source.recordName(), association.name(),
          RoundGraph.columnList(owner));
    } else if (missing == Message.UNKNOWN_FOREIGN_KEY) {
      report.error(missing, Where.member(association.source(), member), source,
          owner.recordName(), key, annotation, source.recordName(), association.name(),
          RoundGraph.columnList(owner));
    } else {
      report.error(missing, Where.member(association.source(), member), source,
          owner.recordName(), key, annotation, member, source.recordName(), association.name(),
          RoundGraph.columnList(owner));
    }
  }

  private static boolean isAssociation(TableModel table, String component) {
    return table.associations().stream().anyMatch(a -> a.name().equals(component));
  }
}
