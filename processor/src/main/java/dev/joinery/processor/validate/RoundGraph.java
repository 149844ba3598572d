package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.Link;
import dev.joinery.processor.bind.Mixins;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.bind.TableIndex;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the rules see of the round: the bound {@link SchemaGraph} (the same one the render stage
 * is written from, so both stages agree on every default and generated name), answered in the
 * terms of the rules, plus the words messages are made of. Nothing here resolves anything again;
 * every lookup is answered from the graph. Lookups answer "nothing" where the answer depends on a
 * mistake that another rule reports (a target that is not a table, a table without a single
 * {@code @Id}), which is how rules avoid follow-on errors.
 */
final class RoundGraph {
  private final SchemaGraph graph;

  RoundGraph(SchemaGraph graph) {
    this.graph = graph;
  }

  /** The round's {@code @Table} records, in round order; non-records are left out. */
  List<TableModel> tables() {
    return graph.records();
  }

  /** Every {@code @Table} type of the round, records or not. */
  List<TableModel> allTables() {
    return graph.tables();
  }

  /** The round's table with this canonical name, record or not. */
  Optional<TableModel> table(String qualifiedName) {
    return graph.table(qualifiedName);
  }

  /** The indexes of {@code table} with their names, exactly as the render stage creates them. */
  List<TableIndex> indexes(TableModel table) {
    return graph.indexes(table);
  }

  /** Every foreign-key constraint of the round, as the render stage creates them. */
  List<ForeignKey> foreignKeys() {
    return graph.foreignKeys();
  }

  /** The foreign-key constraints whose column lives on {@code table}. */
  List<ForeignKey> foreignKeysOn(TableModel table) {
    return graph.foreignKeysOn(table);
  }

  /** The junction tables of the round, once each, as the render stage creates them. */
  List<Junction> junctionTables() {
    return graph.junctionTables();
  }

  /** The DAO methods an association generates. */
  Mixins mixins(AssociationModel association) {
    return graph.mixins(association);
  }

  /** Whether a to-many association sits on a list and a to-one on something else. */
  static boolean shapeOk(AssociationModel association) {
    return SchemaGraph.shapeOk(association);
  }

  /** The target of a well-shaped association when it is a record of this round. */
  Optional<TableModel> target(AssociationModel association) {
    if (!shapeOk(association)) {
      return Optional.empty();
    }
    return graph.target(association).filter(TableModel::isRecord);
  }

  /** The {@code @Id} column when there is exactly one (else another rule reports it). */
  static Optional<ColumnModel> singleId(TableModel table) {
    List<ColumnModel> ids = table.columns().stream().filter(ColumnModel::id).toList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The foreign-key component of a hasOne/hasMany/belongsTo, written or defaulted. */
  static String foreignKeyName(TableModel source, AssociationModel association,
      TableModel target) {
    return SchemaGraph.foreignKeyComponent(source, association, target);
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

  /**
   * The links whose keys rules compare (types, nullability, inverse pairs, cycles): well-shaped
   * associations to a record of the round whose keys all resolve, in declaration order.
   */
  List<Link> links() {
    return graph.checkedLinks();
  }

  /**
   * Every belongsToMany to a record of the round with a written {@code through}, its junction
   * columns resolved, in declaration order.
   */
  /** The junction bound for a belongsToMany, if its target and through record resolved. */
  Optional<Junction> junction(AssociationModel association) {
    return graph.junction(association);
  }

  List<Junction> junctions() {
    return graph.manyToMany();
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
