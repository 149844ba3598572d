package dev.joinery.processor.model;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.AssociationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the keys of every association of one round with the defaults Joinery shares with
 * Sequelize: which component holds a foreign key and what it references, the ON DELETE / ON
 * UPDATE rules an inverse pair agrees on, the junction table of a belongsToMany.
 *
 * <p>Pure functions over the round's models. Nothing here reports or throws: what cannot be
 * resolved comes back empty (a target that is no {@code @Table} of the round) or as an
 * incomplete {@link Link} (a key naming no component), so the validate stage can say what to
 * write and the render stage, which only sees valid models, can rely on complete results.
 */
public final class Keys {
  private final List<TableModel> tables;
  private final Map<String, TableModel> byName = new LinkedHashMap<>();

  private Keys(List<TableModel> tables) {
    this.tables = List.copyOf(tables);
    for (TableModel table : this.tables) {
      byName.putIfAbsent(table.qualifiedName(), table);
    }
  }

  public static Keys of(List<TableModel> tables) {
    return new Keys(tables);
  }

  public List<TableModel> tables() {
    return tables;
  }

  /** The {@code @Table} record with this canonical name, if it belongs to the round. */
  public Optional<TableModel> table(String qualifiedName) {
    return qualifiedName == null ? Optional.empty() : Optional.ofNullable(byName.get(qualifiedName));
  }

  /** The target record of an association, if it is a {@code @Table} of the round. */
  public Optional<TableModel> target(AssociationModel association) {
    return table(association.targetQualifiedName());
  }

  /**
   * The component holding the foreign key of a hasOne/hasMany (on the target) or belongsTo (on
   * the source), as given or defaulted: {@code Customer} → {@code customerId} for hasOne/hasMany,
   * alias {@code author} → {@code authorId} for belongsTo. Empty for belongsToMany, whose keys are
   * junction columns.
   */
  public static String foreignKeyComponent(TableModel source, AssociationModel association) {
    if (!association.foreignKey().isEmpty() || association.kind() == AssociationKind.BELONGS_TO_MANY) {
      return association.foreignKey();
    }
    return association.kind() == AssociationKind.BELONGS_TO
        ? Naming.defaultBelongsToForeignKey(association.name())
        : Naming.defaultHasForeignKey(source.recordName());
  }

  /**
   * The keys of a hasOne, hasMany or belongsTo: empty for belongsToMany and when the target is
   * not a table of the round; otherwise a link whose key columns are empty where the named (or
   * default) component does not exist.
   */
  public Optional<Link> link(TableModel source, AssociationModel association) {
    if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
      return Optional.empty();
    }
    return target(association).map(target -> {
      boolean belongsTo = association.kind() == AssociationKind.BELONGS_TO;
      TableModel holder = belongsTo ? source : target;
      TableModel referenced = belongsTo ? target : source;
      String foreignKey = foreignKeyComponent(source, association);
      String given = belongsTo ? association.targetKey() : association.sourceKey();
      String referencedKey = given.isEmpty()
          ? referenced.primaryKey().map(ColumnModel::property).orElse("")
          : given;
      return new Link(source, association, holder, foreignKey, holder.column(foreignKey),
          referenced, referencedKey, referenced.column(referencedKey));
    });
  }

  /** Every hasOne, hasMany and belongsTo of the round whose target is a table of the round. */
  public List<Link> links() {
    List<Link> links = new ArrayList<>();
    for (TableModel table : tables) {
      for (AssociationModel association : table.associations()) {
        link(table, association).ifPresent(links::add);
      }
    }
    return links;
  }

  /**
   * The other declarations of the same foreign key: for a hasOne/hasMany, the belongsTo on the
   * target with the same key (and the reverse). Sequelize users declare both sides; they make
   * one constraint.
   */
  public List<Link> sameForeignKey(Link link) {
    List<Link> same = new ArrayList<>();
    for (Link other : links()) {
      if (!other.equalsDeclaration(link) && other.sameKeyAs(link)) {
        same.add(other);
      }
    }
    return same;
  }

  /** The inverse declaration of an association (same foreign key, the other side), if any. */
  public Optional<Link> inverse(TableModel source, AssociationModel association) {
    return link(source, association).flatMap(link -> sameForeignKey(link).stream()
        .filter(other -> (other.association().kind() == AssociationKind.BELONGS_TO)
            != (association.kind() == AssociationKind.BELONGS_TO))
        .findFirst());
  }

  /**
   * Every foreign-key constraint of the round, once per key however many associations declare
   * it, without those a declaration turns off with {@code constraints = false}; in table order,
   * then by column. Incomplete links make no constraint.
   */
  public List<ForeignKey> foreignKeys() {
    Map<List<String>, List<Link>> groups = new LinkedHashMap<>();
    for (Link link : links()) {
      if (link.isComplete()) {
        groups.computeIfAbsent(link.keyIdentity(), k -> new ArrayList<>()).add(link);
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (TableModel holder : tables) {
      groups.values().stream()
          .filter(group -> group.get(0).holder().qualifiedName().equals(holder.qualifiedName()))
          .filter(group -> group.stream().allMatch(l -> l.association().constraints()))
          .map(Keys::merge)
          .sorted((a, b) -> Integer.compare(a.column().ordinal(), b.column().ordinal()))
          .forEach(keys::add);
    }
    return keys;
  }

  /** The foreign-key constraints whose column lives on {@code holder}. */
  public List<ForeignKey> foreignKeysOn(TableModel holder) {
    return foreignKeys().stream()
        .filter(key -> key.holder().qualifiedName().equals(holder.qualifiedName()))
        .toList();
  }

  /**
   * Sequelize's ON DELETE default: {@code SET NULL} when the key may be null, {@code CASCADE}
   * when it may not (setting it null would fail).
   */
  public static ReferentialAction defaultOnDelete(ColumnModel foreignKey) {
    return foreignKey.isNotNullInDatabase() ? ReferentialAction.CASCADE : ReferentialAction.SET_NULL;
  }

  /**
   * The rules and name one key's declarations agree on. An explicit value on one side wins over
   * DEFAULT on the other; two different explicit values are a validation error, so the first
   * one is as good as any here.
   */
  private static ForeignKey merge(List<Link> declarations) {
    Link first = declarations.get(0);
    ColumnModel column = first.foreignKey().orElseThrow();
    ReferentialAction onDelete = explicit(declarations, AssociationModel::onDelete)
        .orElse(defaultOnDelete(column));
    ReferentialAction onUpdate = explicit(declarations, AssociationModel::onUpdate)
        .orElse(ReferentialAction.CASCADE);
    String name = declarations.stream().map(l -> l.association().uniqueKey())
        .filter(s -> !s.isEmpty()).findFirst()
        .orElse(Naming.foreignKeyName(first.holder().tableName(), column.columnName()));
    return new ForeignKey(first.holder(), column, first.referenced(),
        first.referencedKey().orElseThrow(), name, onDelete, onUpdate, declarations);
  }

  private static Optional<ReferentialAction> explicit(
      List<Link> declarations, Function<AssociationModel, ReferentialAction> rule) {
    return declarations.stream().map(l -> rule.apply(l.association()))
        .filter(action -> action != ReferentialAction.DEFAULT).findFirst();
  }

  /**
   * The junction of a belongsToMany: empty for other kinds and when the target is not a table of
   * the round. Columns are given or default to {@code snake(record)_id}; the keys on both sides
   * are the records' {@code @Id}s, empty where a record has none.
   */
  public Optional<JunctionKeys> junction(TableModel source, AssociationModel association) {
    if (association.kind() != AssociationKind.BELONGS_TO_MANY) {
      return Optional.empty();
    }
    return target(association).map(target -> new JunctionKeys(
        source, association, target, association.through(),
        association.foreignKey().isEmpty()
            ? Naming.defaultJunctionColumn(source.recordName()) : association.foreignKey(),
        association.otherKey().isEmpty()
            ? Naming.defaultJunctionColumn(target.recordName()) : association.otherKey(),
        source.primaryKey(), target.primaryKey()));
  }

  /**
   * One junction per {@code through} table: both sides may declare the same many-to-many. The
   * declaration of the table whose name sorts first decides the column order, so that it does
   * not depend on the order javac reads sources in.
   */
  public List<JunctionKeys> junctions() {
    Map<String, JunctionKeys> byTable = new LinkedHashMap<>();
    List<TableModel> byTableName = new ArrayList<>(tables);
    byTableName.sort(Comparator.comparing(TableModel::tableName));
    for (TableModel table : byTableName) {
      for (AssociationModel association : table.associations()) {
        junction(table, association)
            .filter(JunctionKeys::isComplete)
            .ifPresent(j -> byTable.putIfAbsent(j.table(), j));
      }
    }
    return List.copyOf(byTable.values());
  }

  /**
   * The resolved keys of a hasOne, hasMany or belongsTo: the foreign key is a component of
   * {@code holder} (the target for hasOne/hasMany, the source for belongsTo) and references
   * {@code referencedKey} of {@code referenced}.
   *
   * @param foreignKeyName the foreign-key component, given or defaulted
   * @param foreignKey that column, empty when the holder has no such column
   * @param referencedKeyName the referenced component, given or the {@code @Id} ("" if none)
   * @param referencedKey that column, empty when the referenced record has no such column
   */
  public record Link(
      TableModel source,
      AssociationModel association,
      TableModel holder,
      String foreignKeyName,
      Optional<ColumnModel> foreignKey,
      TableModel referenced,
      String referencedKeyName,
      Optional<ColumnModel> referencedKey) {

    public boolean isComplete() {
      return foreignKey.isPresent() && referencedKey.isPresent();
    }

    /** The association's target: the holder of a hasOne/hasMany, the referenced of a belongsTo. */
    public TableModel target() {
      return association.kind() == AssociationKind.BELONGS_TO ? referenced : holder;
    }

    boolean sameKeyAs(Link other) {
      return keyIdentity().equals(other.keyIdentity());
    }

    boolean equalsDeclaration(Link other) {
      return source.qualifiedName().equals(other.source.qualifiedName())
          && association.component() == other.association.component();
    }

    List<String> keyIdentity() {
      return List.of(holder.qualifiedName(), foreignKeyName,
          referenced.qualifiedName(), referencedKeyName);
    }
  }

  /**
   * One foreign-key constraint with its rules resolved (never DEFAULT).
   *
   * @param declaredBy the associations declaring it: one, or an inverse pair
   */
  public record ForeignKey(
      TableModel holder,
      ColumnModel column,
      TableModel referenced,
      ColumnModel referencedColumn,
      String name,
      ReferentialAction onDelete,
      ReferentialAction onUpdate,
      List<Link> declaredBy) {
    public ForeignKey {
      Objects.requireNonNull(onDelete);
      declaredBy = List.copyOf(declaredBy);
    }
  }

  /**
   * The junction table of a belongsToMany.
   *
   * @param table the {@code through} table name
   * @param sourceColumn junction column referencing the source's key ({@code foreignKey})
   * @param targetColumn junction column referencing the target's key ({@code otherKey})
   * @param sourceKey the source's {@code @Id}, empty if it has none
   * @param targetKey the target's {@code @Id}, empty if it has none
   */
  public record JunctionKeys(
      TableModel source,
      AssociationModel association,
      TableModel target,
      String table,
      String sourceColumn,
      String targetColumn,
      Optional<ColumnModel> sourceKey,
      Optional<ColumnModel> targetKey) {

    public boolean isComplete() {
      return !table.isEmpty() && sourceKey.isPresent() && targetKey.isPresent();
    }

    /**
     * The index on the target column, for lookups from the target side (the primary key, which
     * starts with the source column, serves the source side).
     */
    public String indexName() {
      return Naming.indexName(table, List.of(targetColumn), false);
    }

    /** The constraint from the source column to the source's key. */
    public String sourceForeignKeyName() {
      return Naming.foreignKeyName(table, sourceColumn);
    }

    /** The constraint from the target column to the target's key. */
    public String targetForeignKeyName() {
      return Naming.foreignKeyName(table, targetColumn);
    }
  }
}
