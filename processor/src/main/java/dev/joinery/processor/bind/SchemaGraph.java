package dev.joinery.processor.bind;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The round's tables bound into one immutable graph (built by {@link Binder}): association
 * targets, resolved foreign keys and the constraints they make, junction tables, indexes with
 * their names, the constant of every component and the mixins of every association. Validation
 * rules report on it and writers render from it; neither derives any of it again. Every lookup is
 * a map access, so the stages after bind stay linear in the records.
 *
 * <p>Lookups answer "nothing" where the answer depends on a mistake another rule reports (a
 * target that is not a table, a key naming no component), which is how rules avoid follow-on
 * errors.
 */
public final class SchemaGraph {
  private final List<TableModel> tables;
  private final List<TableModel> records;
  private final Map<String, TableModel> byName;
  private final Map<AssociationModel, Bound> associations;
  private final List<Link> links;
  private final List<Link> checkedLinks;
  private final List<ForeignKey> foreignKeys;
  private final Map<String, List<ForeignKey>> foreignKeysOn;
  private final List<Junction> junctionTables;
  private final List<Junction> manyToMany;
  private final Map<TableModel, List<TableIndex>> indexes;
  private final Map<String, Map<String, String>> constants;

  /** What bind resolved for one association. */
  record Bound(Optional<Link> link, Optional<Junction> junction, Mixins mixins) {}

  SchemaGraph(List<TableModel> tables, List<TableModel> records, Map<String, TableModel> byName,
      Map<AssociationModel, Bound> associations, List<Link> links, List<Link> checkedLinks,
      List<ForeignKey> foreignKeys, Map<String, List<ForeignKey>> foreignKeysOn,
      List<Junction> junctionTables, List<Junction> manyToMany,
      Map<TableModel, List<TableIndex>> indexes, Map<String, Map<String, String>> constants) {
    this.tables = tables;
    this.records = records;
    this.byName = byName;
    this.associations = associations;
    this.links = links;
    this.checkedLinks = checkedLinks;
    this.foreignKeys = foreignKeys;
    this.foreignKeysOn = foreignKeysOn;
    this.junctionTables = junctionTables;
    this.manyToMany = manyToMany;
    this.indexes = indexes;
    this.constants = constants;
  }

  /** Binds {@code tables}, the {@code @Table} types of the round (records or not). */
  public static SchemaGraph of(List<TableModel> tables) {
    return new Binder(tables).bind();
  }

  /**
   * The component holding the foreign key of a hasOne/hasMany (on the target) or belongsTo (on
   * the source), as given or defaulted by the source's naming mode: {@code Customer} →
   * {@code customerId} ({@code CustomerId} in the Sequelize mode) for hasOne/hasMany, alias
   * {@code author} → {@code authorId} for belongsTo. Empty for belongsToMany, whose keys are
   * junction columns.
   */
  public static String foreignKeyComponent(TableModel source, AssociationModel association,
      TableModel target) {
    if (!association.foreignKey().isEmpty()
        || association.kind() == AssociationKind.BELONGS_TO_MANY) {
      return association.foreignKey();
    }
    return association.kind() == AssociationKind.BELONGS_TO
        ? source.naming().belongsToForeignKey(association.name(), target)
        : source.naming().hasForeignKey(source);
  }

  /** Whether a to-many association sits on a list and a to-one on something else. */
  public static boolean shapeOk(AssociationModel association) {
    return association.kind().toMany() == association.isList();
  }

  /** Every {@code @Table} type of the round, records or not, in round order. */
  public List<TableModel> tables() {
    return tables;
  }

  /** The round's {@code @Table} records, in round order; non-records are left out. */
  public List<TableModel> records() {
    return records;
  }

  /** The {@code @Table} type with this canonical name, record or not, if in the round. */
  public Optional<TableModel> table(String qualifiedName) {
    return qualifiedName == null
        ? Optional.empty() : Optional.ofNullable(byName.get(qualifiedName));
  }

  /** The target of an association, if it is a {@code @Table} type of the round. */
  public Optional<TableModel> target(AssociationModel association) {
    return table(association.targetQualifiedName());
  }

  /** The keys of a hasOne, hasMany or belongsTo whose target and key columns all exist. */
  public Optional<Link> link(AssociationModel association) {
    return bound(association).link();
  }

  /** The junction of a belongsToMany whose target is a {@code @Table} of the round. */
  public Optional<Junction> junction(AssociationModel association) {
    return bound(association).junction();
  }

  /** The DAO methods the association generates. */
  public Mixins mixins(AssociationModel association) {
    return bound(association).mixins();
  }

  /** Every link of the round (what makes constraints and indexes), in declaration order. */
  public List<Link> links() {
    return links;
  }

  /**
   * The links that rules comparing keys check: well-shaped associations to a record of the
   * round whose referenced key is written or the record's single {@code @Id}.
   */
  public List<Link> checkedLinks() {
    return checkedLinks;
  }

  /**
   * Every foreign-key constraint of the round, once per key however many associations declare
   * it, without those a declaration turns off with {@code constraints = false}; in table order,
   * then by column.
   */
  public List<ForeignKey> foreignKeys() {
    return foreignKeys;
  }

  /** The foreign-key constraints whose column lives on {@code holder}. */
  public List<ForeignKey> foreignKeysOn(TableModel holder) {
    return foreignKeysOn.getOrDefault(holder.qualifiedName(), List.of());
  }

  /**
   * One junction per {@code through} table that can be created (named, keys on both sides):
   * both sides may declare the same many-to-many; the declaration of the table whose name sorts
   * first decides the column order.
   */
  public List<Junction> junctionTables() {
    return junctionTables;
  }

  /**
   * Every belongsToMany with a written {@code through}, well shaped, to a record of the round,
   * in declaration order: what the junction rules check.
   */
  public List<Junction> manyToMany() {
    return manyToMany;
  }

  /** The indexes of {@code table}, in the order they are created. */
  public List<TableIndex> indexes(TableModel table) {
    return indexes.getOrDefault(table, List.of());
  }

  /** The constant of the column or association {@code component} in {@code table}'s XTable. */
  public String constant(TableModel table, String component) {
    Map<String, String> names = constants.get(table.qualifiedName());
    String name = names == null ? null : names.get(component);
    if (name == null) {
      throw new IllegalArgumentException(table.qualifiedName() + " has no component " + component);
    }
    return name;
  }

  private Bound bound(AssociationModel association) {
    Bound bound = associations.get(association);
    if (bound == null) {
      throw new IllegalArgumentException("not bound: " + association.name());
    }
    return bound;
  }
}
