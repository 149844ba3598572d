package dev.joinery.processor.bind;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds the round's declarations into a {@link SchemaGraph}, resolving each fact once with the
 * defaults Joinery shares with Sequelize: which component holds a foreign key and what it
 * references, the constraint an inverse pair makes and the ON DELETE / ON UPDATE rules it agrees
 * on, the junction table of a belongsToMany, every index and its name, the generated constants
 * and mixins.
 *
 * <p>Nothing here reports or throws: what cannot be resolved is left out (a target that is no
 * {@code @Table} of the round, a key naming no component), so the validate stage can say what to
 * write and the render stage, which only sees valid records, can rely on complete results. Each
 * step is one pass over the round with maps keyed by table, so binding is linear in the records.
 */
final class Binder {
  private final List<TableModel> tables;
  private final List<TableModel> records = new ArrayList<>();
  private final Map<String, TableModel> byName = new HashMap<>();
  private final IdentityHashMap<AssociationModel, SchemaGraph.Bound> associations = new IdentityHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Link> checkedLinks = new ArrayList<>();
  private final List<Junction> manyToMany = new ArrayList<>();

  Binder(List<TableModel> tables) {
    this.tables = List.copyOf(tables);
    for (TableModel table : this.tables) {
      byName.putIfAbsent(table.qualifiedName(), table);
      if (table.isRecord()) {
        records.add(table);
      }
    }
  }

  SchemaGraph bind() {
    // Links first: a belongsToMany through a record takes its keys from that record's belongsTos.
    for (TableModel table : tables) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() != AssociationKind.BELONGS_TO_MANY) {
          bind(table, association);
        }
      }
    }
    Map<String, List<Link>> belongsTos = new HashMap<>();
    for (Link link : links) {
      if (link.association().kind() == AssociationKind.BELONGS_TO) {
        belongsTos.computeIfAbsent(link.source().qualifiedName(), k -> new ArrayList<>())
            .add(link);
      }
    }
    for (TableModel table : tables) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
          bindManyToMany(table, association, belongsTos);
        }
      }
    }
    List<ForeignKey> foreignKeys = foreignKeys();
    Map<String, List<ForeignKey>> foreignKeysOn = new HashMap<>();
    for (ForeignKey key : foreignKeys) {
      foreignKeysOn.computeIfAbsent(key.holder().qualifiedName(), k -> new ArrayList<>()).add(key);
    }
    Map<String, Map<String, String>> constants = new HashMap<>();
    for (TableModel table : tables) {
      constants.computeIfAbsent(table.qualifiedName(), k -> ConstantNames.of(table));
    }
    return new SchemaGraph(tables, List.copyOf(records), byName, associations, List.copyOf(links),
        List.copyOf(checkedLinks), foreignKeys, foreignKeysOn, junctionTables(),
        List.copyOf(manyToMany), indexes(), constants);
  }

  private void bind(TableModel source, AssociationModel association) {
    TableModel target = association.targetQualifiedName() == null
        ? null : byName.get(association.targetQualifiedName());
    Optional<Link> link = Optional.empty();
    Optional<Junction> junction = Optional.empty();
    // Rules check what records declare about records; the rest is another rule's report.
    boolean checked = target != null && source.isRecord() && SchemaGraph.shapeOk(association)
        && target.isRecord();
    if (target != null) {
      link = link(source, association, target);
      link.ifPresent(links::add);
      if (link.isPresent() && checked && referencedKeyIsChecked(association, link.get())) {
        checkedLinks.add(link.get());
      }
    }
    associations.put(association, new SchemaGraph.Bound(link, junction, Mixins.of(association)));
  }

  private void bindManyToMany(TableModel source, AssociationModel association,
      Map<String, List<Link>> belongsTos) {
    TableModel target = association.targetQualifiedName() == null
        ? null : byName.get(association.targetQualifiedName());
    Optional<Junction> junction = Optional.empty();
    boolean checked = target != null && source.isRecord() && SchemaGraph.shapeOk(association)
        && target.isRecord();
    if (target != null && association.hasThroughRecord()) {
      TableModel through = association.throughRecord() == null
          ? null : byName.get(association.throughRecord());
      if (through != null && through.isRecord()) {
        junction = Optional.of(Junction.throughRecord(source, association, target, through,
            belongsTos.getOrDefault(through.qualifiedName(), List.of())));
        if (checked && junction.get().keysResolved()) {
          manyToMany.add(junction.get());
        }
      }
    } else if (target != null) {
      junction = Optional.of(Junction.of(source, association, target));
      if (checked && !association.through().isEmpty()) {
        manyToMany.add(junction.get());
      }
    }
    associations.put(association,
        new SchemaGraph.Bound(Optional.empty(), junction, Mixins.of(association)));
  }

  /** The link when the foreign key and the referenced key (given, or the first @Id) exist. */
  private static Optional<Link> link(TableModel source, AssociationModel association,
      TableModel target) {
    boolean belongsTo = association.kind() == AssociationKind.BELONGS_TO;
    TableModel holder = belongsTo ? source : target;
    TableModel referenced = belongsTo ? target : source;
    Optional<ColumnModel> foreignKey =
        holder.column(SchemaGraph.foreignKeyComponent(source, association, target));
    String given = belongsTo ? association.targetKey() : association.sourceKey();
    Optional<ColumnModel> referencedKey = given.isEmpty()
        ? referenced.primaryKey() : referenced.column(given);
    if (foreignKey.isEmpty() || referencedKey.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Link(source, association, holder, foreignKey.get(), referenced,
        referencedKey.get()));
  }

  /** A defaulted referenced key is checked only when the record has exactly one {@code @Id}. */
  private static boolean referencedKeyIsChecked(AssociationModel association, Link link) {
    String given = association.kind() == AssociationKind.BELONGS_TO
        ? association.targetKey() : association.sourceKey();
    return !given.isEmpty()
        || link.referenced().columns().stream().filter(ColumnModel::id).count() == 1;
  }

  /** Links grouped by the key they declare: an inverse pair is one constraint. */
  private List<ForeignKey> foreignKeys() {
    Map<List<String>, List<Link>> groups = new LinkedHashMap<>();
    for (Link link : links) {
      groups.computeIfAbsent(link.keyIdentity(), k -> new ArrayList<>()).add(link);
    }
    Map<String, List<List<Link>>> byHolder = new HashMap<>();
    for (List<Link> group : groups.values()) {
      byHolder.computeIfAbsent(group.get(0).holder().qualifiedName(), k -> new ArrayList<>())
          .add(group);
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (TableModel holder : tables) {
      List<ForeignKey> own = new ArrayList<>();
      for (List<Link> group : byHolder.getOrDefault(holder.qualifiedName(), List.of())) {
        if (group.stream().allMatch(l -> l.association().constraints())) {
          own.add(merge(group));
        }
      }
      own.sort(Comparator.comparingInt(key -> key.column().ordinal()));
      keys.addAll(own);
    }
    return List.copyOf(keys);
  }

  /**
   * Sequelize's ON DELETE default: {@code SET NULL} when the key may be null, {@code CASCADE}
   * when it may not (setting it null would fail).
   */
  static ReferentialAction defaultOnDelete(ColumnModel foreignKey) {
    return foreignKey.isNotNullInDatabase()
        ? ReferentialAction.CASCADE : ReferentialAction.SET_NULL;
  }

  /**
   * The rules and name one key's declarations agree on. An explicit value on one side wins over
   * DEFAULT on the other; two different explicit values are a validation error, so the first
   * one is as good as any here.
   */
  private static ForeignKey merge(List<Link> declarations) {
    Link first = declarations.get(0);
    ColumnModel column = first.foreignKey();
    ReferentialAction onDelete = explicit(declarations, AssociationModel::onDelete)
        .orElse(defaultOnDelete(column));
    ReferentialAction onUpdate = explicit(declarations, AssociationModel::onUpdate)
        .orElse(ReferentialAction.CASCADE);
    String name = declarations.stream().map(l -> l.association().uniqueKey())
        .filter(s -> !s.isEmpty()).findFirst()
        .orElse(Naming.foreignKeyName(first.holder().tableName(), column.columnName()));
    return new ForeignKey(first.holder(), column, first.referenced(), first.referencedKey(), name,
        onDelete, onUpdate, declarations);
  }

  private static Optional<ReferentialAction> explicit(
      List<Link> declarations, Function<AssociationModel, ReferentialAction> rule) {
    return declarations.stream().map(l -> rule.apply(l.association()))
        .filter(action -> action != ReferentialAction.DEFAULT).findFirst();
  }

  /**
   * One junction per {@code through} table. The declaration of the table whose name sorts first
   * decides the column order, so that it does not depend on the order javac reads sources in.
   */
  private List<Junction> junctionTables() {
    Map<String, Junction> byTable = new LinkedHashMap<>();
    List<TableModel> byTableName = new ArrayList<>(tables);
    byTableName.sort(Comparator.comparing(TableModel::tableName));
    for (TableModel table : byTableName) {
      for (AssociationModel association : table.associations()) {
        associations.get(association).junction()
            .filter(Junction::isComplete)
            .ifPresent(j -> byTable.putIfAbsent(j.table(), j));
      }
    }
    return List.copyOf(byTable.values());
  }

  /** The indexes of every table (see {@link TableIndexes}). */
  private Map<TableModel, List<TableIndex>> indexes() {
    Map<String, List<Link>> linksByHolder = new HashMap<>();
    for (Link link : links) {
      linksByHolder.computeIfAbsent(link.holder().qualifiedName(), k -> new ArrayList<>())
          .add(link);
    }
    Map<String, List<Junction>> throughs = new HashMap<>();
    for (Junction junction : manyToMany) {
      if (junction.hasThroughRecord()) {
        throughs.computeIfAbsent(junction.throughRecord().get().qualifiedName(),
            k -> new ArrayList<>()).add(junction);
      }
    }
    IdentityHashMap<TableModel, List<TableIndex>> indexes = new IdentityHashMap<>();
    for (TableModel table : tables) {
      indexes.put(table, TableIndexes.of(table,
          linksByHolder.getOrDefault(table.qualifiedName(), List.of()),
          throughs.getOrDefault(table.qualifiedName(), List.of())));
    }
    return Collections.unmodifiableMap(indexes);
  }
}
