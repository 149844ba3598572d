package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.Indexes;
import dev.joinery.processor.model.Keys;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The round's tables as one graph: tables by name, association targets, and each association's
 * keys resolved with their defaults (by {@link Keys}, which the render stage uses too, so both
 * stages agree on what a default means). Every lookup answers "nothing" where the answer depends on
 * a mistake that another rule reports (a target that is not a table, a table without a single
 * {@code @Id}), which is how rules avoid follow-on errors.
 */
final class RoundGraph {
  private final List<TableModel> all;
  private final Keys keys;
  private final Indexes indexes;
  private final Map<String, TableModel> byName = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final List<JunctionLink> junctions = new ArrayList<>();

  RoundGraph(List<TableModel> tables) {
    this.all = List.copyOf(tables);
    this.keys = Keys.of(tables);
    this.indexes = new Indexes(keys);
    for (TableModel table : tables) {
      byName.putIfAbsent(table.qualifiedName(), table);
    }
    for (TableModel table : tables()) {
      for (AssociationModel association : table.associations()) {
        link(table, association).ifPresent(links::add);
        junction(table, association).ifPresent(junctions::add);
      }
    }
  }

  /** The round's {@code @Table} records, in round order; non-records are left out. */
  List<TableModel> tables() {
    return all.stream().filter(TableModel::isRecord).toList();
  }

  /** Every {@code @Table} type of the round, records or not. */
  List<TableModel> allTables() {
    return all;
  }

  /** The round's table with this canonical name, record or not. */
  Optional<TableModel> table(String qualifiedName) {
    return qualifiedName == null ? Optional.empty() : Optional.ofNullable(byName.get(qualifiedName));
  }

  /** The round's keys as the render stage resolves them: foreign keys, junction tables. */
  Keys keys() {
    return keys;
  }

  /** The indexes of {@code table} with their names, exactly as the render stage creates them. */
  List<Indexes.TableIndex> indexes(TableModel table) {
    return indexes.of(table);
  }

  /** Whether a to-many association sits on a list and a to-one on something else. */
  static boolean shapeOk(AssociationModel association) {
    return association.kind().toMany() == association.isList();
  }

  /** The target of a well-shaped association when it is a record of this round. */
  Optional<TableModel> target(AssociationModel association) {
    if (!shapeOk(association)) {
      return Optional.empty();
    }
    return table(association.targetQualifiedName()).filter(TableModel::isRecord);
  }

  /** The {@code @Id} column when there is exactly one (else another rule reports it). */
  static Optional<ColumnModel> singleId(TableModel table) {
    List<ColumnModel> ids = table.columns().stream().filter(ColumnModel::id).toList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The foreign-key component of a hasOne/hasMany/belongsTo, written or defaulted. */
  static String foreignKeyName(TableModel source, AssociationModel association) {
    return Keys.foreignKeyComponent(source, association);
  }

  /** The member naming the referenced key: {@code targetKey} or {@code sourceKey}. */
  static String referencedKeyMember(AssociationModel association) {
    return association.kind() == AssociationKind.BELONGS_TO ? "targetKey" : "sourceKey";
  }

  /** The written sourceKey/targetKey, "" when defaulted to the @Id. */
  static String referencedKeyName(AssociationModel association) {
    return association.kind() == AssociationKind.BELONGS_TO
        ? association.targetKey() : association.sourceKey();
  }

  /**
   * The referenced column: the written sourceKey/targetKey, or the single {@code @Id}. Empty
   * when the written key names no column or the record has no single {@code @Id}.
   */
  static Optional<ColumnModel> referencedKey(TableModel referenced, AssociationModel association) {
    String written = referencedKeyName(association);
    return written.isEmpty() ? singleId(referenced) : referenced.column(written);
  }

  /** Resolves a hasOne/hasMany/belongsTo whose target and keys all exist. */
  Optional<Link> link(TableModel source, AssociationModel association) {
    if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
      return Optional.empty();
    }
    Optional<TableModel> target = target(association);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    boolean belongsTo = association.kind() == AssociationKind.BELONGS_TO;
    TableModel holder = belongsTo ? source : target.get();
    TableModel referenced = belongsTo ? target.get() : source;
    Optional<ColumnModel> foreignKey = holder.column(foreignKeyName(source, association));
    Optional<ColumnModel> key = referencedKey(referenced, association);
    if (foreignKey.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Link(source, association, target.get(), holder, foreignKey.get(),
        referenced, key.get()));
  }

  /** Every resolved link of the round, in declaration order. */
  List<Link> links() {
    return links;
  }

  /** Resolves a belongsToMany whose target is a table and whose {@code through} is named. */
  Optional<JunctionLink> junction(TableModel source, AssociationModel association) {
    if (association.kind() != AssociationKind.BELONGS_TO_MANY || association.through().isEmpty()) {
      return Optional.empty();
    }
    if (target(association).isEmpty()) {
      return Optional.empty();
    }
    return keys.junction(source, association).map(JunctionLink::new);
  }

  /** Every resolved belongsToMany of the round, in declaration order. */
  List<JunctionLink> junctions() {
    return junctions;
  }

  /** "id, street, postcode, customerId": the column components, for "components of X" hints. */
  static String columnList(TableModel table) {
    return table.columns().stream().map(ColumnModel::property).collect(Collectors.joining(", "));
  }

  /** {@code HAS_ONE} → {@code HasOne}. */
  static String annotationName(AssociationKind kind) {
    return switch (kind) {
      case HAS_ONE -> "HasOne";
      case BELONGS_TO -> "BelongsTo";
      case HAS_MANY -> "HasMany";
      case BELONGS_TO_MANY -> "BelongsToMany";
    };
  }
}
