package dev.joinery.internal;

import dev.joinery.JoineryConfig;
import dev.joinery.RowNotFoundException;
import dev.joinery.StreamConfig;
import dev.joinery.dao.Page;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
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
 * <p>Every statement runs through Jdbi on the DAO's handle, so Jdbi's {@code SqlLogger}, timing
 * and transaction handling see all of them. Writes of several statements run in one transaction:
 * the handle's if one is open (an attached DAO joins its caller's), else their own. Reads open no
 * transaction of their own (it would cost its round trips on every find), unless the query asks
 * for one snapshot ({@link Query#snapshot()}).
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
        new NestedCreate(ex, RowDefaults.now()).create(table, rows, includes, null).get(0));
  }

  /** Inserts {@code rows} in one batch (one transaction); returns them with keys filled. */
  public List<T> bulkCreate(List<T> rows) {
    NestedCreate.validate(table, rows, List.of());
    return transaction(rows.size() > 1, () ->
        new NestedCreate(ex, RowDefaults.now()).create(table, rows, List.of(), null));
  }

  /**
   * Writes every column of the row with this primary key but {@code @CreatedAt}, which only an
   * insert writes; fills {@code @UpdatedAt}. Returns the row as stored: with the stored
   * {@code @CreatedAt}, read back after the UPDATE (so a record built without its timestamps comes
   * back with them), whatever the given record carried there. No transaction: the UPDATE is one
   * statement, and a creation timestamp no statement of Joinery ever changes.
   */
  public T update(T row) {
    NestedCreate.validate(table, List.of(row), List.of());
    T updated = RowDefaults.now().forUpdate(table, row);
    List<TableColumn<T, ?>> createdAt = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isCreatedAt()) {
        createdAt.add(column);
      }
    }
    int changed = RowWrites.updateByKey(ex, table, updated);
    if (changed == 0) {
      throw notFound(table, table.primaryKey().get(row), "update");
    }
    return createdAt.isEmpty() ? updated : RowWrites.withStored(ex, table, updated, createdAt);
  }

  /** {@code UPDATE … SET … WHERE …}, setting {@code @UpdatedAt} too unless assigned. */
  public int update(List<Assignment<T>> assignments, Condition<T> where) {
    RowDefaults defaults = RowDefaults.now();
    Sql sql = new Sql(ex.dialect());
    sql.append("UPDATE ").quoted(table.name()).append(" SET ");
    List<TableColumn<?, ?>> assigned = new ArrayList<>();
    for (Assignment<T> assignment : assignments) {
      if (!assigned.isEmpty()) {
        sql.append(", ");
      }
      sql.quoted(assignment.column().name()).append(" = ")
          .bind(assignment.column().type(), assignment.value());
      assigned.add(assignment.column());
    }
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isUpdatedAt() && !assigned.contains(column)) {
        if (!assigned.isEmpty()) {
          sql.append(", ");
        }
        sql.quoted(column.name()).append(" = ").bind(column.type(), defaults.timestamp(column));
        assigned.add(column);
      }
    }
    if (assigned.isEmpty()) {
      return 0;
    }
    appendWhere(sql, where);
    return execute(sql, Statements.Change.UPDATE);
  }

  public boolean destroy(T row) {
    return destroyKey(table.primaryKey().get(row));
  }

  public boolean destroyByPk(K id) {
    return destroyKey(id);
  }

  private boolean destroyKey(Object id) {
    TableColumn<T, ?> key = table.primaryKey();
    Sql sql = new Sql(ex.dialect());
    sql.append("DELETE FROM ").quoted(table.name()).append(" WHERE ").quoted(key.name())
        .append(" = ").bind(key.type(), id);
    return execute(sql, Statements.Change.DELETE) > 0;
  }

  /** Deletes the matching rows (every row when {@code where} is null); returns how many. */
  public int destroy(Condition<T> where) {
    Sql sql = new Sql(ex.dialect());
    sql.append("DELETE FROM ").quoted(table.name());
    appendWhere(sql, where);
    return execute(sql, Statements.Change.DELETE);
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
    Condition<T> byKey = Condition.compare(table.primaryKey(), Operator.EQ, id);
    Condition<T> where = query.where() == null ? byKey : byKey.and(query.where());
    return timed(query, () -> findOne(
        Selection.of(table, query).withWhere(where).withPaging(null, null), null,
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
    return snapshot(snapshot && plan.severalStatements(), () -> loader.find(plan, scope));
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
   * open transaction, else begins one that commits at the end and rolls back on any failure.
   */
  <R> R transaction(boolean needed, Supplier<R> body) {
    return Faults.translating(table.name(), ex.handle(), () -> {
      if (!needed || ex.handle().isInTransaction()) {
        return body.get();
      }
      return ex.handle().inTransaction(h -> body.get());
    });
  }

  /** No row of {@code table} has primary key {@code key}, and {@code operation} needed one. */
  static RowNotFoundException notFound(TableMeta<?> table, Object key, String operation) {
    TableColumn<?, ?> primaryKey = table.primaryKey();
    return new RowNotFoundException("Cannot " + operation + " the " + table.name() + " row with "
        + primaryKey.name() + " = " + key + ": there is no such row (it was never created, or was"
        + " deleted)", table.name(), primaryKey.name());
  }
}
