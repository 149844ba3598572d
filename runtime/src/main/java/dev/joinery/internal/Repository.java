package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.JoineryConfig;
import dev.joinery.RowNotFoundException;
import dev.joinery.StreamConfig;
import dev.joinery.dao.Page;
import dev.joinery.dao.Upserted;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.OnConflict;
import dev.joinery.query.Operator;
import dev.joinery.query.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The engine behind {@link dev.joinery.dao.JoineryDao}: CRUD, finds with includes and nested
 * create for one table on one handle. Internal: users call the generated DAOs.
 *
 * <p>Every statement runs on the DAO's handle: finds, counts and INSERTs straight on its JDBC
 * connection ({@link Jdbc}), the others through Jdbi. Writes of several statements run in one
 * transaction: the handle's if one is open (an attached DAO joins its caller's), else their own.
 * Reads open no transaction of their own (it would cost its round trips on every find), unless
 * the query asks for one snapshot ({@link Query#snapshot()}).
 */
public final class Repository<T, K> {
  private final ExecutionContext ex;
  private final TableMeta<T> table;

  private Repository(ExecutionContext ex, TableMeta<T> table) {
    this.ex = ex;
    this.table = table;
  }

  public static <T, K> Repository<T, K> of(Handle handle, TableMeta<T> table) {
    return new Repository<>(new ExecutionContext(handle,
        handle.getConfig(JoineryConfig.class).dialect(handle)), table);
  }

  static <T, K> Repository<T, K> of(ExecutionContext ex, TableMeta<T> table) {
    return new Repository<>(ex, table);
  }

  public TableMeta<T> table() { return table; }

  // ---- writes

  /** Nested create; see {@link NestedCreate}. Validates the whole tree before any SQL. */
  public T create(T row, List<? extends Include<T, ?>> includes) {
    List<T> rows = List.of(row);
    NestedCreate.validate(table, rows, includes);
    return transaction(NestedCreate.severalStatements(rows, includes), () ->
        new NestedCreate(ex, defaults()).create(table, rows, includes, null).get(0));
  }

  /**
   * Inserts {@code row}, or updates the stored row it collides with on {@code onConflict}'s key;
   * see {@link Upserts}. Returns the row as stored and whether it was inserted.
   */
  public Upserted<T> upsert(T row, OnConflict<T> onConflict) {
    Upserts<T> upserts = new Upserts<>(ex, table, onConflict);
    return upserts.upsert(row);
  }

  /**
   * Upserts {@code rows} in JDBC batches, in one transaction; returns them as stored, in order.
   */
  public List<T> bulkCreate(List<T> rows, OnConflict<T> onConflict) {
    Upserts<T> upserts = new Upserts<>(ex, table, onConflict);
    return transaction(!rows.isEmpty(), () -> upserts.bulk(rows));
  }

  /** Inserts {@code rows} in one batch (one transaction); returns them with keys filled. */
  public List<T> bulkCreate(List<T> rows) {
    NestedCreate.validate(table, rows, List.of());
    return transaction(rows.size() > 1, () ->
        new NestedCreate(ex, defaults()).create(table, rows, List.of(), null));
  }

  /**
   * Writes every column of the row with this primary key but {@code @CreatedAt}, which only an
   * insert writes; fills {@code @UpdatedAt}. Returns the row as stored: with the stored
   * {@code @CreatedAt}, read back after the UPDATE (so a record built without its timestamps comes
   * back with them), whatever the given record carried there. No transaction: the UPDATE is one
   * statement, and a creation timestamp no statement of Joinery ever changes. With a
   * {@code @Version} column the UPDATE runs only on the version the record carries and moves it
   * on; a stale one throws {@link dev.joinery.StaleRowException}.
   */
  public T update(T row) {
    NestedCreate.validate(table, List.of(row), List.of());
    T updated = defaults().forUpdate(table, row);
    List<TableColumn<T, ?>> createdAt = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isCreatedAt()) {
        createdAt.add(column);
      }
    }
    TableColumn<T, ?> deletedAt = table.deletedAt();
    if (deletedAt != null) {
      // Only a live row is updated, and it stays live: restore() is what clears @DeletedAt.
      updated = Copies.with(updated, deletedAt, null);
    }
    int changed = RowWrites.updateByKey(ex, table, updated);
    TableColumn<T, ?> version = Versions.column(table);
    if (changed == 0) {
      throw missingOrStale(row, "update");
    }
    if (version != null) {
      updated = Copies.with(updated, version, Versions.next(version, version.get(row)));
    }
    return createdAt.isEmpty() ? updated : RowWrites.withStored(ex, table, updated, createdAt);
  }

  /**
   * Nested update: makes the stored tree of {@code row} equal to the given one, in one
   * transaction (the caller's if open); see {@link NestedUpdate}. Validates the whole tree before
   * any SQL; returns the stored tree.
   */
  public T update(T row, List<? extends Include<T, ?>> includes) {
    if (includes.isEmpty()) {
      return update(row);
    }
    NestedUpdate.check(table, row, includes);
    return transaction(true, () -> new NestedUpdate(ex, defaults()).update(table, row, includes));
  }

  /**
   * Why a write by key of {@code row} changed nothing: a stale {@code @Version} when a row with its
   * key exists (read by one more statement, on this failure path only), else no such row.
   */
  RuntimeException missingOrStale(T row, String operation) {
    Object key = table.primaryKey().get(row);
    TableColumn<T, ?> version = Versions.column(table);
    if (version != null && key != null) {
      Optional<T> stored = findOne(Query.where(
          Condition.<T>compare(table.primaryKey(), Operator.EQ, key)).attributes(version));
      if (stored.isPresent()) {
        return Versions.stale(table, version, key, version.get(row), version.get(stored.get()),
            operation);
      }
    }
    return notFound(table, key, operation);
  }

  /**
   * {@code UPDATE … SET … WHERE …}, setting {@code @UpdatedAt} too unless assigned; on a paranoid
   * table only live rows are updated. Timestamps assigned are cut to their columns' precision, as
   * the row writes cut them, so every write of a value stores the same.
   */
  public int update(List<Assignment<T>> assignments, Condition<T> where) {
    RowDefaults defaults = defaults();
    Sql sql = new Sql(ex.dialect());
    sql.append("UPDATE ").quoted(table.name()).append(" SET ");
    List<TableColumn<?, ?>> assigned = new ArrayList<>();
    for (Assignment<T> assignment : assignments) {
      if (!assigned.isEmpty()) {
        sql.append(", ");
      }
      sql.quoted(assignment.column().name()).append(" = ")
          .bind(assignment.column(), defaults.stored(assignment.column(), assignment.value()));
      assigned.add(assignment.column());
    }
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isUpdatedAt() && !assigned.contains(column)) {
        if (!assigned.isEmpty()) {
          sql.append(", ");
        }
        sql.quoted(column.name()).append(" = ").bind(column.type(), defaults.timestamp(column));
        assigned.add(column);
      } else if (column.isVersion() && !assigned.contains(column) && !assigned.isEmpty()) {
        // Every write moves the counter, so records read before it are stale.
        sql.append(", ").quoted(column.name()).append(" = ").quoted(column.name()).append(" + 1");
        assigned.add(column);
      }
    }
    if (assigned.isEmpty()) {
      return 0;
    }
    appendWhere(sql, Selection.withoutDeleted(table, where, false));
    return execute(sql, Statements.Change.UPDATE);
  }

  /**
   * Deletes the row with the key of {@code row}; on a paranoid table sets its {@code @DeletedAt}
   * instead (if it is live). With a {@code @Version} column only on the version the record
   * carries ({@code … AND version = ?}), so a stale record throws
   * {@link dev.joinery.StaleRowException} and deletes nothing. Returns whether a row was deleted.
   */
  public boolean destroy(T row) {
    Object key = table.primaryKey().get(row);
    TableColumn<T, ?> version = Versions.column(table);
    if (version == null) {
      return destroy(byKey(key)) > 0;
    }
    Condition<T> current = byKey(key)
        .and(Condition.compare(version, Operator.EQ, version.get(row)));
    if (destroy(current) > 0) {
      return true;
    }
    RuntimeException why = missingOrStale(row, "destroy");
    if (why instanceof RowNotFoundException) {
      return false;
    }
    throw why;
  }

  public boolean destroyByPk(K id) {
    return destroy(byKey(id)) > 0;
  }

  /**
   * Deletes the matching rows (every row when {@code where} is null); on a paranoid table sets
   * their {@code @DeletedAt} instead, in one UPDATE over the live ones. Returns how many.
   */
  public int destroy(Condition<T> where) {
    TableColumn<T, ?> deletedAt = table.deletedAt();
    if (deletedAt == null) {
      return forceDestroy(where);
    }
    return setDeletedAt(deletedAt, defaults().timestamp(deletedAt), where, false);
  }

  /**
   * {@code DELETE} of the matching rows, live or soft-deleted: Sequelize's
   * {@code destroy({force: true})}. The database's foreign-key rules apply as to any delete.
   */
  public int forceDestroy(Condition<T> where) {
    Sql sql = new Sql(ex.dialect());
    sql.append("DELETE FROM ").quoted(table.name());
    appendWhere(sql, where);
    return execute(sql, Statements.Change.DELETE);
  }

  /** Clears {@code @DeletedAt} of the matching soft-deleted rows; returns how many. */
  public int restore(Condition<T> where) {
    TableColumn<T, ?> deletedAt = table.deletedAt();
    if (deletedAt == null) {
      throw new InvalidQueryException("Cannot restore rows of " + table.name() + ": it has no"
          + " @DeletedAt column, so its rows are deleted for real", table.name(), null);
    }
    return setDeletedAt(deletedAt, null, where, true);
  }

  /** The condition {@code key = id}. */
  public Condition<T> byKey(Object id) {
    return Condition.compare(table.primaryKey(), Operator.EQ, id);
  }

  /**
   * {@code UPDATE t SET deleted_at = ? WHERE (where) AND deleted_at IS [NOT] NULL}: a soft delete
   * touches live rows only, a restore soft-deleted rows only, so each returns the rows it changed.
   */
  private int setDeletedAt(TableColumn<T, ?> deletedAt, Object value, Condition<T> where,
      boolean deleted) {
    Sql sql = new Sql(ex.dialect());
    sql.append("UPDATE ").quoted(table.name()).append(" SET ").quoted(deletedAt.name())
        .append(" = ").bind(deletedAt.type(), value);
    TableColumn<T, ?> version = Versions.column(table);
    if (version != null) {
      // A soft delete or a restore is a write: records read before it are stale.
      sql.append(", ").quoted(version.name()).append(" = ").quoted(version.name()).append(" + 1");
    }
    Condition<T> state = deleted ? deletedAt.isNotNull() : deletedAt.isNull();
    appendWhere(sql, where == null ? state : where.and(state));
    return execute(sql, Statements.Change.UPDATE);
  }

  private void appendWhere(Sql sql, Condition<T> where) {
    if (where != null) {
      sql.append(" WHERE ");
      ConditionSql.render(sql, null, where);
    }
  }

  private int execute(Sql sql, Statements.Change change) {
    return Statements.write(ex, table.definition(), change, null, () -> {
      try (Update update = ex.handle().createUpdate(sql.text())) {
        return Statements.prepare(update, sql).execute();
      }
    });
  }

  // ---- reads

  public Optional<T> findByPk(K id, Query<T> query) {
    Condition<T> key = byKey(id);
    Condition<T> where = query.where() == null ? key : key.and(query.where());
    Selection selection = Selection.of(table, query)
        .withWhere(Selection.withoutDeleted(table, where, query.isWithDeleted()));
    return timed(query, () -> findOne(selection.withPaging(null, null), null,
        query.isSnapshot()));
  }

  public Optional<T> findOne(Query<T> query) {
    return timed(query, () -> findOne(Selection.of(table, query).withPaging(1, query.offset()),
        null, query.isSnapshot()));
  }

  Optional<T> findOne(Selection selection, Sql scope, boolean snapshot) {
    List<T> rows = load(selection, scope, snapshot).records();
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public List<T> findAll(Query<T> query) {
    return timed(query, () -> load(Selection.of(table, query), null, query.isSnapshot()).records());
  }

  /** The rows of a query over this table, restricted by {@code scope} (a condition on t0). */
  List<T> findAll(Query<T> query, Sql scope) {
    return load(Selection.of(table, query), scope, query.isSnapshot()).records();
  }

  /** The count, then the page: two statements, one snapshot only when the query asks for it. */
  public Page<T> findAndCountAll(Query<T> query) {
    Selection selection = Selection.of(table, query);
    IncludeLoader loader = new IncludeLoader(ex);
    return timed(query, () -> snapshot(query.isSnapshot(), () -> {
      long count = loader.count(selection, null);
      return new Page<>(count, loader.find(selection, null).<T>records());
    }));
  }

  /** The rows as nested maps shaped like Sequelize's {@code toJSON()}. */
  public List<Map<String, Object>> findAllAsMaps(Query<T> query) {
    return timed(query, () -> load(Selection.of(table, query), null, query.isSnapshot()).maps());
  }

  public long count(Condition<T> where) {
    return count(where, null);
  }

  long count(Condition<T> where, Sql scope) {
    Selection selection = Selection.of(table, where == null ? Query.all() : Query.where(where));
    return snapshot(false, () -> new IncludeLoader(ex).count(selection, scope));
  }

  // ---- streaming reads (see StreamingFind)

  /** The rows of {@code query}, read chunk by chunk as the stream is consumed; close it. */
  public Stream<T> stream(Query<T> query) {
    return this.<T>streaming(query, false).stream();
  }

  /** {@link #stream} in the map view of {@link #findAllAsMaps}; close it. */
  public Stream<Map<String, Object>> streamAsMaps(Query<T> query) {
    return this.<Map<String, Object>>streaming(query, true).stream();
  }

  /** Hands each row of {@code query} to {@code action}, read chunk by chunk. */
  public void forEach(Query<T> query, Consumer<? super T> action) {
    try (StreamingFind<T> rows = streaming(query, false)) {
      while (rows.hasNext()) {
        action.accept(rows.next());
      }
    }
  }

  private <R> StreamingFind<R> streaming(Query<T> query, boolean maps) {
    int chunkSize = ex.handle().getConfig(StreamConfig.class).chunkSize();
    return new StreamingFind<>(ex, Selection.of(table, query), chunkSize, maps);
  }

  private IncludeLoader.Found load(Selection selection, Sql scope, boolean snapshot) {
    IncludeLoader loader = new IncludeLoader(ex);
    SelectPlan plan = SelectPlan.forRoots(selection);
    return snapshot(snapshot && plan.severalStatements(),
        () -> loader.find(plan, selection, scope));
  }

  public AssociationMixins<T> associations() {
    return new AssociationMixins<>(ex, table);
  }

  /**
   * Runs the statements of a read in one transaction at the dialect's
   * {@linkplain dev.joinery.dialect.Dialect#snapshotIsolation() snapshot isolation} when
   * {@code needed} and no transaction is open; in the caller's transaction, the caller's isolation
   * decides. Jdbi restores the connection's isolation level afterwards.
   */
  private <R> R snapshot(boolean needed, Supplier<R> body) {
    return Faults.translating(table.name(), ex.handle(), () -> {
      if (!needed || ex.handle().isInTransaction()) {
        return body.get();
      }
      return ex.handle().inTransaction(
          TransactionIsolationLevel.valueOf(ex.dialect().snapshotIsolation()), h -> body.get());
    });
  }

  /**
   * Runs the reads of {@code body} under {@code query}'s timeout, set on the handle's
   * {@link JoineryConfig} (whose copies the statements take) and restored afterwards.
   */
  private <R> R timed(Query<T> query, Supplier<R> body) {
    if (query.timeout() == null) {
      return body.get();
    }
    JoineryConfig config = ex.handle().getConfig(JoineryConfig.class);
    Duration before = config.queryTimeout();
    config.setQueryTimeout(query.timeout());
    try {
      return body.get();
    } finally {
      config.setQueryTimeout(before);
    }
  }

  /**
   * Runs {@code body} in a transaction when it may take several statements: joins the handle's
   * open transaction, else begins one that commits at the end and rolls back on any failure
   * (leaving auto-commit off until the connection's next other use; see
   * {@link LazyAutoCommitConnection}). A transaction of its own that the database rolls back for
   * a conflict with a concurrent one is run again under the handle's retry policy
   * ({@link ConflictRetry}); in the caller's transaction the conflict is a
   * {@link dev.joinery.TransactionConflictException}.
   */
  <R> R transaction(boolean needed, Supplier<R> body) {
    return ConflictRetry.run(ex.handle(), table.name(), () ->
        Faults.translating(table.name(), ex.handle(), () -> {
          if (!needed || ex.handle().isInTransaction()) {
            return body.get();
          }
          return LazyAutoCommitConnection.inTransaction(ex.handle(), body);
        }));
  }

  /** The values this operation fills, at one instant, cut to what the columns hold here. */
  private RowDefaults defaults() {
    return RowDefaults.now(ex.dialect());
  }

  /** No row of {@code table} has primary key {@code key}, and {@code operation} needed one. */
  static RowNotFoundException notFound(TableMeta<?> table, Object key, String operation) {
    TableColumn<?, ?> primaryKey = table.primaryKey();
    return new RowNotFoundException("Cannot " + operation + " the " + table.name() + " row with "
        + primaryKey.name() + " = " + key + ": there is no such row (it was never created, or was"
        + " deleted)", table.name(), primaryKey.name());
  }
}
