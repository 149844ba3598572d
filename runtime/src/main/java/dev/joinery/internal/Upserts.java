package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.dao.Upserted;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Condition;
import dev.joinery.query.OnConflict;
import dev.joinery.query.Operator;
import dev.joinery.query.Query;
import dev.joinery.schema.IndexDef;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Upserts of one table (Sequelize's {@code upsert} and {@code updateOnDuplicate}): the dialect's
 * one-statement insert-or-update ({@link dev.joinery.dialect.Dialect#upsert}), then the rows as
 * stored. On PostgreSQL the statement returns the row and whether it was inserted
 * ({@code RETURNING …, xmax = 0}); elsewhere one SELECT by the conflict columns reads the rows
 * back, since an updated row keeps its stored key and {@code @CreatedAt}, which the caller's
 * record need not carry.
 *
 * <p>A row whose conflict columns hold a NULL cannot collide (NULL equals nothing in a unique
 * index) and is inserted as {@code create} does. Values the runtime fills are filled as for an
 * insert; the update leaves {@code @CreatedAt} alone and sets {@code @UpdatedAt}.
 */
final class Upserts<T> {
  private final ExecutionContext ex;
  private final TableMeta<T> table;
  private final List<TableColumn<T, ?>> target;
  private final List<TableColumn<T, ?>> updated;
  /** The {@code @Version} column an update moves, or {@code null}. */
  private final TableColumn<T, ?> version;

  Upserts(ExecutionContext ex, TableMeta<T> table, OnConflict<T> onConflict) {
    this.ex = ex;
    this.table = table;
    this.target = target(table, onConflict);
    this.updated = updated(table, onConflict, target);
    TableColumn<T, ?> version = Versions.column(table);
    // The update writes the given state whatever version was read (last writer wins, as
    // update(assignments, where)) and moves the counter, so records read before are stale.
    this.version = version == null || updated.isEmpty() ? null : version;
  }

  /** The conflict columns: the primary key, or the columns of a unique index. */
  private static <T> List<TableColumn<T, ?>> target(TableMeta<T> table, OnConflict<T> onConflict) {
    if (onConflict.target().isEmpty()) {
      return List.of(table.primaryKey());
    }
    Set<String> names = new HashSet<>();
    for (TableColumn<T, ?> column : onConflict.target()) {
      names.add(column.name());
    }
    if (names.equals(Set.of(table.primaryKey().name()))) {
      return onConflict.target();
    }
    for (IndexDef index : table.definition().indexes()) {
      if (index.unique() && names.equals(new HashSet<>(index.columns()))) {
        return onConflict.target();
      }
    }
    List<String> unique = new ArrayList<>();
    unique.add("(" + table.primaryKey().name() + ")");
    for (IndexDef index : table.definition().indexes()) {
      if (index.unique()) {
        unique.add(String.join(", ", index.columns()) + " (" + index.name() + ")");
      }
    }
    throw new InvalidQueryException("Cannot upsert into " + table.name() + " on "
        + onConflict.target().stream().map(TableColumn::name).toList() + ": a conflict needs the"
        + " primary key or the columns of a unique index; " + table.name() + " has "
        + String.join(", ", unique), table.name(), onConflict.target().get(0).name());
  }

  /** The chosen columns, or every one but the key, the conflict columns and the timestamps. */
  private static <T> List<TableColumn<T, ?>> updated(TableMeta<T> table, OnConflict<T> onConflict,
      List<TableColumn<T, ?>> target) {
    List<TableColumn<T, ?>> columns = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      boolean chosen = onConflict.isUpdateChosen()
          ? onConflict.updated().contains(column)
          : !column.isPrimaryKey() && !target.contains(column) && !column.isCreatedAt()
              && !column.isDeletedAt();
      // The counter is moved by the statement, never set to the given value.
      chosen &= !column.isVersion();
      // @UpdatedAt moves with every update, unless update() chose to update nothing.
      boolean updatesNothing = onConflict.isUpdateChosen() && onConflict.updated().isEmpty();
      if (chosen || (column.isUpdatedAt() && !updatesNothing)) {
        columns.add(column);
      }
    }
    return columns;
  }

  Upserted<T> upsert(T given) {
    NestedCreate.validate(table, List.of(given), List.of());
    T row = RowDefaults.now(ex.dialect()).forInsert(table, given);
    if (hasNullTarget(row)) {
      return new Upserted<>(RowWrites.insert(ex, table, List.of(row), null).get(0),
          Optional.of(true));
    }
    Statement statement = statement(row);
    Optional<String> returning = ex.dialect().upsertReturning(names(table.columns()));
    if (returning.isPresent()) {
      Upserted<T> result = upsertReturning(statement, row, returning.get());
      if (result.created().orElse(true)) {
        advanceIdentity(List.of(row));
      }
      return result;
    }
    int count = Statements.write(ex, table.definition(), Statements.Change.INSERT, null, () -> {
      try (Update update = ex.handle().createUpdate(statement.sql)) {
        Statements.prepareForRows(update);
        RowArgument.bind(update, table, row, statement.output);
        return update.execute();
      }
    });
    Optional<Boolean> created = ex.dialect().upsertInserted(count, alwaysChanges());
    if (created.orElse(true)) {
      advanceIdentity(List.of(row));
    }
    return new Upserted<>(stored(List.of(row)).get(0), created);
  }

  /** Upserts {@code given} in batches (one per statement text) and returns them as stored. */
  List<T> bulk(List<T> given) {
    NestedCreate.validate(table, given, List.of());
    RowDefaults defaults = RowDefaults.now(ex.dialect());
    List<T> rows = new ArrayList<>(given.size());
    for (T row : given) {
      rows.add(defaults.forInsert(table, row));
    }
    Map<Integer, T> inserted = new HashMap<>();
    List<T> inserts = new ArrayList<>();
    Map<String, List<T>> batches = new LinkedHashMap<>();
    Map<String, Statement> statements = new HashMap<>();
    for (T row : rows) {
      if (hasNullTarget(row)) {
        inserts.add(row);
        continue;
      }
      Statement statement = statement(row);
      statements.putIfAbsent(statement.sql, statement);
      batches.computeIfAbsent(statement.sql, sql -> new ArrayList<>()).add(row);
    }
    List<T> insertedRows = RowWrites.insert(ex, table, inserts, null);
    for (int i = 0, next = 0; i < rows.size(); i++) {
      if (hasNullTarget(rows.get(i))) {
        inserted.put(i, insertedRows.get(next++));
      }
    }
    List<T> upserted = new ArrayList<>();
    for (Map.Entry<String, List<T>> batch : batches.entrySet()) {
      Statement statement = statements.get(batch.getKey());
      Statements.write(ex, table.definition(), Statements.Change.INSERT, null, () -> {
        try (PreparedBatch prepared = ex.handle().prepareBatch(statement.sql)) {
          Statements.prepareForRows(prepared);
          for (T row : batch.getValue()) {
            RowArgument.bind(prepared, table, row, statement.output).add();
          }
          return prepared.execute();
        }
      });
      upserted.addAll(batch.getValue());
    }
    advanceIdentity(upserted);
    List<T> stored = stored(upserted);
    List<T> result = new ArrayList<>(rows.size());
    for (int i = 0, next = 0; i < rows.size(); i++) {
      T done = inserted.get(i);
      result.add(done != null ? done : stored.get(next++));
    }
    return result;
  }

  /** The statement for {@code row}: the key column is left out when the database generates it. */
  private record Statement(String sql, RowOutput output) {}

  private Statement statement(T row) {
    TableColumn<T, ?> key = table.primaryKey();
    boolean generated = key.isAutoIncrement() && key.get(row) == null;
    int[] positions = new int[table.columns().size()];
    List<String> columns = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      if (!(generated && column == key)) {
        columns.add(column.name());
        positions[column.ordinal()] = columns.size();
      }
    }
    String sql = ex.dialect().upsert(table.name(), columns, names(target), names(updated),
        version == null ? null : version.name());
    return new Statement(sql, new RowOutput(positions, ex.dialect()));
  }

  private Upserted<T> upsertReturning(Statement statement, T row, String returning) {
    int[] positions = new int[table.columns().size()];
    for (TableColumn<T, ?> column : table.columns()) {
      positions[column.ordinal()] = column.ordinal() + 1;
    }
    int insertedPosition = table.columns().size() + 1;
    return Statements.write(ex, table.definition(), Statements.Change.INSERT, null, () -> {
      try (org.jdbi.v3.core.statement.Query query =
          ex.handle().createQuery(statement.sql + returning)) {
        Statements.prepareForRows(query);
        RowArgument.bind(query, table, row, statement.output);
        return query.scanResultSet((supplier, ctx) -> {
          ResultSet rs = supplier.get();
          rs.next();
          T stored = table.read(new RowInput(rs, positions, ex.dialect()));
          return new Upserted<>(stored, Optional.of(rs.getBoolean(insertedPosition)));
        });
      }
    });
  }

  /** {@code rows} as stored, read by their conflict columns in one SELECT, in order. */
  private List<T> stored(List<T> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Condition<T> where;
    if (target.size() == 1) {
      TableColumn<T, ?> column = target.get(0);
      Set<Object> values = new java.util.LinkedHashSet<>();
      for (T row : rows) {
        values.add(column.get(row));
      }
      where = values.size() == 1
          ? Condition.compare(column, Operator.EQ, values.iterator().next())
          : Condition.in(column, values, false);
    } else {
      List<Condition<T>> each = new ArrayList<>();
      for (T row : rows) {
        each.add(matching(row));
      }
      where = each.size() == 1 ? each.get(0) : Condition.or(toArray(each));
    }
    List<T> found = Repository.<T, Object>of(ex, table).findAll(Query.where(where).withDeleted());
    Map<List<Object>, T> byTarget = new HashMap<>();
    for (T row : found) {
      byTarget.put(targetValues(row), row);
    }
    List<T> result = new ArrayList<>(rows.size());
    for (T row : rows) {
      result.add(byTarget.getOrDefault(targetValues(row), row));
    }
    return result;
  }

  private Condition<T> matching(T row) {
    Condition<T> condition = null;
    for (TableColumn<T, ?> column : target) {
      Condition<T> eq = Condition.compare(column, Operator.EQ, column.get(row));
      condition = condition == null ? eq : condition.and(eq);
    }
    return condition;
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition<T>[] toArray(List<Condition<T>> conditions) {
    return conditions.toArray(new Condition[0]);
  }

  private List<Object> targetValues(T row) {
    List<Object> values = new ArrayList<>(target.size());
    for (TableColumn<T, ?> column : target) {
      values.add(column.get(row));
    }
    return values;
  }

  private boolean hasNullTarget(T row) {
    for (TableColumn<T, ?> column : target) {
      if (column.get(row) == null) {
        return true;
      }
    }
    return false;
  }

  /** An {@code @UpdatedAt} is set on every update, so a stored row always changes. */
  private boolean alwaysChanges() {
    return version != null || updated.stream().anyMatch(TableColumn::isUpdatedAt);
  }

  /**
   * Moves the identity past keys given for an auto-increment key (see RowWrites.insert): after
   * an upsert that may have inserted one, since an updated row's key is below the identity.
   */
  private void advanceIdentity(List<T> rows) {
    TableColumn<T, ?> key = table.primaryKey();
    if (key.isAutoIncrement() && rows.stream().anyMatch(row -> key.get(row) != null)) {
      RowWrites.advanceIdentity(ex, table);
    }
  }

  private static List<String> names(List<? extends TableColumn<?, ?>> columns) {
    return columns.stream().map(TableColumn::name).toList();
  }
}
