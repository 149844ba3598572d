package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.Linked;
import dev.joinery.UnsavedRowException;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.Junction;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import dev.joinery.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sequelize's association mixins ({@code getX}, {@code setX}, {@code createX}, {@code countXs},
 * {@code hasX}, {@code addX}, {@code removeX}, {@code setXs}), generic over the association;
 * generated DAOs expose them under the association's name.
 *
 * <p>Semantics follow Sequelize:
 * <ul>
 *   <li>belongsTo {@code set} updates the source row's foreign key; hasOne {@code set} detaches
 *       the previous target and points the new one at the source (inserting it if it has no key).
 *   <li>hasMany {@code add}/{@code set} update the targets' foreign keys. {@code remove} (and the
 *       detaching part of {@code set}) sets the foreign key to NULL, as Sequelize does; when the
 *       foreign key is NOT NULL, a row cannot exist without its parent, so it is deleted instead
 *       (the same outcome as the ON DELETE CASCADE such a key gets by default).
 *   <li>belongsToMany {@code add}/{@code remove}/{@code set} touch only junction rows;
 *       {@code add} skips links that already exist.
 * </ul>
 * Targets passed to {@code add}, {@code remove}, {@code has} and {@code set} are identified by
 * their keys; a target without one has not been saved and is refused ({@code createX} saves).
 * Operations of several statements run in one transaction (the caller's, if open).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class AssociationMixins<T> {
  private final ExecutionContext ex;
  private final TableMeta<T> table;

  AssociationMixins(ExecutionContext ex, TableMeta<T> table) {
    this.ex = ex;
    this.table = table;
  }

  /** The row a to-one association points at, or null. */
  public <A> A getOne(T row, Association<T, A> association) {
    requireToOne(association, "getOne");
    Object key = association.sourceKey().get(row);
    if (key == null) {
      return null;
    }
    return repository(association.target())
        .findOne(Query.where(eq(association.targetKey(), key))).orElse(null);
  }

  /** The rows of a to-many association, narrowed and shaped by {@code query}. */
  public <A> List<A> getMany(T row, Association<T, A> association, Query<A> query) {
    requireToMany(association, "getMany");
    Query<A> q = query == null ? Query.all() : query;
    Object key = sourceKey(row, association);
    Repository<A, ?> target = repository(association.target());
    if (association.kind() == AssociationKind.HAS_MANY) {
      return target.findAll(q.and(eq(association.targetKey(), key)));
    }
    return target.findAll(q, junctionScope(association, key));
  }

  /**
   * Points a to-one association at {@code target}, or at nothing when it is null; returns the
   * source row with the association (and, for belongsTo, the foreign key) set.
   */
  public <A> T setOne(T row, Association<T, A> association, A target) {
    requireToOne(association, "setOne");
    if (association.kind() == AssociationKind.BELONGS_TO) {
      Object key = target == null ? null : association.targetKey().get(target);
      if (target != null && key == null) {
        throw unsaved(association, "set", association.targetKey());
      }
      TableColumn<T, ?> foreignKey = association.sourceKey();
      // Sequelize saves the source: its @UpdatedAt moves too, in the database and the result.
      T updated = RowDefaults.now(ex.dialect()).forUpdate(table, Copies.with(row, foreignKey, key));
      List<Assignment<T>> assignments = new ArrayList<>();
      assignments.add(new Assignment<>(foreignKey, key));
      for (TableColumn<T, ?> column : table.columns()) {
        if (column.isUpdatedAt()) {
          assignments.add(new Assignment<>(column, column.get(updated)));
        }
      }
      Object id = primaryKey(row);
      if (repository(table).update(assignments, eq(table.primaryKey(), id)) == 0) {
        throw Repository.notFound(table, id, "set " + association + " on");
      }
      return association.withOne(updated, target);
    }
    Object key = sourceKey(row, association);
    TableMeta<A> targetTable = association.target();
    TableColumn<A, ?> targetPk = targetTable.primaryKey();
    Object targetId = target == null ? null : targetPk.get(target);
    A saved = transaction(() -> {
      Condition<A> others = eq(association.targetKey(), key);
      if (targetId != null) {
        others = others.and(Condition.compare(targetPk, Operator.NE, targetId));
      }
      detach(association, others);
      if (target == null) {
        return null;
      }
      A pointed = Copies.with(target, association.targetKey(), key);
      if (targetId == null) {
        return repository(targetTable).create(pointed, List.of());
      }
      if (repository(targetTable).update(List.of(new Assignment<>(association.targetKey(), key)),
          eq(targetPk, targetId)) == 0) {
        throw Repository.notFound(targetTable, targetId, "point " + association + " at");
      }
      return pointed;
    });
    return association.withOne(row, saved);
  }

  /** Creates {@code target} associated with {@code row}; returns it with keys filled. */
  public <A> A create(T row, Association<T, A> association, A target) {
    TableMeta<A> targetTable = association.target();
    switch (association.kind()) {
      case HAS_ONE, HAS_MANY -> {
        Object key = sourceKey(row, association);
        return repository(targetTable).create(
            Copies.with(target, association.targetKey(), key), List.of());
      }
      case BELONGS_TO -> {
        return transaction(() -> {
          A created = repository(targetTable).create(target, List.of());
          setOne(row, association, created);
          return created;
        });
      }
      default -> {
        Object key = sourceKey(row, association);
        requireKeysOnlyLinks(association, "create");
        return transaction(() -> {
          A created = repository(targetTable).create(target, List.of());
          new JunctionWrites(ex, association).link(
              List.<Object[]>of(new Object[] {key, association.targetKey().get(created)}),
              association.toString());
          return created;
        });
      }
    }
  }

  /** How many rows the association holds for {@code row} (matching {@code where}, if given). */
  public <A> long count(T row, Association<T, A> association, Condition<A> where) {
    Object key = association.sourceKey().get(row);
    if (key == null) {
      return 0;
    }
    Repository<A, ?> target = repository(association.target());
    if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
      return target.count(where, junctionScope(association, key));
    }
    Condition<A> byKey = eq(association.targetKey(), key);
    return target.count(where == null ? byKey : byKey.and(where));
  }

  /** Whether every one of {@code targets} is associated with {@code row} (true for none). */
  public <A> boolean has(T row, Association<T, A> association, List<A> targets) {
    if (targets.isEmpty()) {
      return true;
    }
    TableColumn<A, ?> targetPk = association.target().primaryKey();
    Set<Object> ids = new LinkedHashSet<>();
    for (A target : targets) {
      Object id = targetPk.get(target);
      if (id == null) {
        return false;
      }
      ids.add(id);
    }
    return count(row, association, Condition.in(targetPk, ids, false)) == ids.size();
  }

  /** Associates {@code targets} with {@code row} as well (to-many associations). */
  public <A> void add(T row, Association<T, A> association, List<A> targets) {
    requireToMany(association, "add");
    Object key = sourceKey(row, association);
    if (targets.isEmpty()) {
      return;
    }
    if (association.kind() == AssociationKind.HAS_MANY) {
      TableColumn<A, ?> targetPk = association.target().primaryKey();
      repository(association.target()).update(
          List.of(new Assignment<>(association.targetKey(), key)),
          Condition.in(targetPk, keys(association, targets, targetPk, "add"), false));
      return;
    }
    requireKeysOnlyLinks(association, "add");
    // One statement: the links that exist already are skipped by the database.
    link(association, key, keys(association, targets, association.targetKey(), "add"));
  }

  /** Dissociates {@code targets} from {@code row}; see the class comment for hasMany. */
  public <A> void remove(T row, Association<T, A> association, List<A> targets) {
    requireToMany(association, "remove");
    Object key = sourceKey(row, association);
    if (targets.isEmpty()) {
      return;
    }
    if (association.kind() == AssociationKind.HAS_MANY) {
      TableColumn<A, ?> targetPk = association.target().primaryKey();
      detach(association, eq(association.targetKey(), key)
          .and(Condition.in(targetPk, keys(association, targets, targetPk, "remove"), false)));
      return;
    }
    new JunctionWrites(ex, association)
        .unlink(key, keys(association, targets, association.targetKey(), "remove"), false);
  }

  /** Makes {@code targets} exactly the associated rows of {@code row}. */
  public <A> void set(T row, Association<T, A> association, List<A> targets) {
    requireToMany(association, "set");
    Object key = sourceKey(row, association);
    if (association.kind() == AssociationKind.HAS_MANY) {
      TableColumn<A, ?> targetPk = association.target().primaryKey();
      List<Object> ids = keys(association, targets, targetPk, "set");
      transaction(() -> {
        Condition<A> others = eq(association.targetKey(), key);
        if (!ids.isEmpty()) {
          others = others.and(Condition.in(targetPk, ids, true));
        }
        detach(association, others);
        if (!ids.isEmpty()) {
          repository(association.target()).update(
              List.of(new Assignment<>(association.targetKey(), key)),
              Condition.in(targetPk, ids, false));
        }
        return null;
      });
      return;
    }
    requireKeysOnlyLinks(association, "set");
    List<Object> targetKeys = keys(association, targets, association.targetKey(), "set");
    transaction(() -> {
      new JunctionWrites(ex, association).unlink(key, targetKeys, true);
      link(association, key, targetKeys);
      return null;
    });
  }

  /**
   * Links {@code target} to {@code row} through a record with {@code link}'s payload (Sequelize's
   * {@code addX(x, {through: {…}})}): one INSERT of the through record's row with its keys to
   * both filled in. The pair is unique, so linking a target twice is a
   * {@link dev.joinery.UniqueConstraintException}, and nothing is written.
   */
  public <A, L> void addWithLink(T row, Association<T, A> association, A target, L link) {
    ThroughRecord<L> through = throughRecord(association, "add with a link");
    Object key = sourceKey(row, association);
    Object targetKey = keys(association, List.of(target), association.targetKey(), "add").get(0);
    repository(through.table()).create(linkRow(through, link, key, targetKey), List.of());
  }

  /**
   * Creates {@code target} and links it to {@code row} through a record with {@code link}'s
   * payload (Sequelize's {@code createX(x, {through: {…}})}): two INSERTs in one transaction.
   * Returns the created target with its stored link row.
   */
  public <A, L> Linked<A, L> createWithLink(T row, Association<T, A> association, A target,
      L link) {
    ThroughRecord<L> through = throughRecord(association, "create with a link");
    Object key = sourceKey(row, association);
    return transaction(() -> {
      A created = repository(association.target()).create(target, List.of());
      L stored = repository(through.table()).create(
          linkRow(through, link, key, association.targetKey().get(created)), List.of());
      return new Linked<>(created, stored);
    });
  }

  /**
   * Makes {@code targets} exactly the associated rows of {@code row} through a record, each link
   * with {@code link}'s payload (Sequelize's {@code setX(targets, {through: {…}})}): links to
   * other targets deleted, new ones inserted, kept ones whose payload differs updated to it; see
   * {@link ThroughSet}. Validates the payload before any SQL; one transaction (the caller's, if
   * open).
   */
  public <A, L> void setWithLink(T row, Association<T, A> association, List<A> targets, L link) {
    ThroughRecord<L> through = throughRecord(association, "set with a link");
    Objects.requireNonNull(link, "link");
    Object key = sourceKey(row, association);
    List<Object> targetKeys = keys(association, targets, association.targetKey(), "set");
    ThroughSet<L> set = new ThroughSet<>(ex, association, through, key, link);
    set.validate(targetKeys);
    transaction(() -> {
      set.apply(targetKeys);
      return null;
    });
  }

  private static <L> L linkRow(ThroughRecord<L> through, L link, Object source, Object target) {
    return Copies.with(Copies.with(link, through.sourceKey(), source), through.targetKey(),
        target);
  }

  private static <L> ThroughRecord<L> throughRecord(Association<?, ?> association,
      String operation) {
    requireToMany(association, operation);
    ThroughRecord<L> through = association.junction() == null
        ? null : (ThroughRecord<L>) association.junction().record();
    if (through == null) {
      throw new InvalidQueryException(operation + " needs a belongsToMany through a record; "
          + association + " has none", association.source().name(), null);
    }
    return through;
  }

  /**
   * The mixins that take targets only write a link row's two keys. Through a record whose
   * payload has a column that then gets no value (NOT NULL, no default, not filled by Joinery),
   * every such insert would fail in the database; say so before any SQL, with what to call.
   */
  private static void requireKeysOnlyLinks(Association<?, ?> association, String operation) {
    ThroughRecord<?> through = association.junction().record();
    if (through == null) {
      return;
    }
    List<String> required = new ArrayList<>();
    for (TableColumn<?, ?> column : through.table().columns()) {
      if (!column.isNullable() && column.definition().defaultValue() == null
          && column != through.sourceKey() && column != through.targetKey()
          && !column.isAutoIncrement() && !column.isUuidV4() && !column.isCreatedAt()
          && !column.isUpdatedAt() && !column.isVersion()) {
        required.add(column.toString());
      }
    }
    if (!required.isEmpty()) {
      String table = through.table().name();
      throw new InvalidQueryException("Cannot " + operation + " links of " + association
          + " with their keys only: " + String.join(" and ", required) + (required.size() == 1
          ? " is" : " are") + " NOT NULL without a default; write each link with its payload,"
          + " as a " + table + " row: add with a link (addX(source, target, " + table
          + " row)), set with a link (setX(source, targets, " + table + " row)), create with a"
          + " link (createX(source, target, " + table + " row)), or"
          + " update(source, includes) with Linked elements", table, null);
    }
  }

  /** Inserts the junction rows from {@code key} to those of {@code targetKeys} not yet linked. */
  private void link(Association<?, ?> association, Object key, List<Object> targetKeys) {
    List<Object[]> pairs = new ArrayList<>(targetKeys.size());
    for (Object targetKey : targetKeys) {
      pairs.add(new Object[] {key, targetKey});
    }
    new JunctionWrites(ex, association).linkMissing(pairs, association.toString());
  }

  /** Detaches hasOne/hasMany targets: NULLs their foreign key, or deletes them if NOT NULL. */
  private <A> void detach(Association<T, A> association, Condition<A> which) {
    TableColumn<A, ?> foreignKey = association.targetKey();
    Repository<A, ?> target = repository(association.target());
    if (foreignKey.isNullable()) {
      target.update(List.of(new Assignment<>(foreignKey, null)), which);
    } else {
      target.destroy(which);
    }
  }

  /** {@code t0.key IN (SELECT target FROM junction WHERE source = ?)}: a belongsToMany's rows. */
  private Sql junctionScope(Association<?, ?> association, Object key) {
    Junction junction = association.junction();
    Sql sql = new Sql(ex.dialect());
    sql.column("t0", association.targetKey().name()).append(" IN (SELECT ")
        .column("jx", junction.targetColumn()).append(" FROM ").quoted(junction.table())
        .append(" jx WHERE ").column("jx", junction.sourceColumn()).append(" = ")
        .bind(association.sourceKey().type(), key).append(')');
    return sql;
  }

  private List<Object> keys(Association<?, ?> association, List<?> targets, TableColumn column,
      String operation) {
    Set<Object> keys = new LinkedHashSet<>();
    for (Object target : targets) {
      Object key = column.get(target);
      if (key == null) {
        throw unsaved(association, operation, column);
      }
      keys.add(key);
    }
    return new ArrayList<>(keys);
  }

  private Object sourceKey(T row, Association<T, ?> association) {
    Object key = association.sourceKey().get(row);
    if (key == null) {
      throw new UnsavedRowException("Cannot use " + association + ": "
          + association.sourceKey() + " of the " + table.name() + " row is null (save it first)",
          table.name(), association.sourceKey().name());
    }
    return key;
  }

  private Object primaryKey(T row) {
    Object key = table.primaryKey().get(row);
    if (key == null) {
      throw new UnsavedRowException("Cannot update a " + table.name() + " row without "
          + table.primaryKey() + " (save it first)", table.name(), table.primaryKey().name());
    }
    return key;
  }

  private static UnsavedRowException unsaved(Association<?, ?> association, String operation,
      TableColumn<?, ?> key) {
    return new UnsavedRowException("Cannot " + operation + " an unsaved "
        + association.target().name() + " row through " + association
        + " (its key is null; create it first)", association.target().name(), key.name());
  }

  private static void requireToOne(Association<?, ?> association, String operation) {
    if (association.toMany()) {
      throw new InvalidQueryException(operation + " needs a to-one association; " + association
          + " is " + association.kind(), association.source().name(), null);
    }
  }

  private static void requireToMany(Association<?, ?> association, String operation) {
    if (!association.toMany()) {
      throw new InvalidQueryException(operation + " needs a to-many association; " + association
          + " is " + association.kind(), association.source().name(), null);
    }
  }

  private static <A> Condition<A> eq(TableColumn<A, ?> column, Object value) {
    return Condition.compare(column, Operator.EQ, value);
  }

  private <A> Repository<A, ?> repository(TableMeta<A> target) {
    return Repository.of(ex, target);
  }

  private <R> R transaction(java.util.function.Supplier<R> body) {
    return Repository.of(ex, table).transaction(true, body);
  }
}
