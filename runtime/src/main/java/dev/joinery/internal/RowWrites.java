package dev.joinery.internal;

import dev.joinery.meta.RowInput;
import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * INSERTs and UPDATEs of whole rows, bound through the generated writers. Several rows go in
 * one JDBC batch (one statement as far as Jdbi and the database round trip are concerned);
 * database-generated keys come back through {@code getGeneratedKeys} and are put into the
 * returned records. The text of each table's INSERT and UPDATE is rendered once
 * ({@link SqlCache}).
 */
final class RowWrites {
  private RowWrites() {}

  /**
   * Inserts {@code rows} (defaults already filled) and returns them, in order, with generated
   * keys set. An auto-increment key given by the caller is inserted as given, in a batch of its
   * own because a batch has one statement text; then the identity is moved past it (where the
   * database does not do so itself), before any key is generated, so generated keys never
   * collide with given ones.
   */
  static <T> List<T> insert(ExecutionContext ex, TableMeta<T> table, List<T> rows,
      String context) {
    if (rows.isEmpty()) {
      return List.of();
    }
    TableColumn<T, ?> key = table.primaryKey();
    if (!key.isAutoIncrement()) {
      insertBatch(ex, table, rows, false, context);
      return rows;
    }
    List<T> withKey = new ArrayList<>();
    List<T> withoutKey = new ArrayList<>();
    for (T row : rows) {
      (key.get(row) == null ? withoutKey : withKey).add(row);
    }
    if (!withKey.isEmpty()) {
      insertBatch(ex, table, withKey, false, context);
      advanceIdentity(ex, table);
    }
    if (withoutKey.isEmpty()) {
      return rows;
    }
    List<Object> keys = insertBatch(ex, table, withoutKey, true, context);
    List<T> result = new ArrayList<>(rows.size());
    int next = 0;
    for (T row : rows) {
      result.add(key.get(row) == null ? Copies.with(row, key, keys.get(next++)) : row);
    }
    return result;
  }

  private static <T> List<Object> insertBatch(ExecutionContext ex, TableMeta<T> table,
      List<T> rows, boolean generatedKey, String context) {
    TableColumn<T, ?> key = table.primaryKey();
    int[] positions = new int[table.columns().size()];
    int count = 0;
    for (TableColumn<T, ?> column : table.columns()) {
      if (!(generatedKey && column == key)) {
        positions[column.ordinal()] = ++count;
      }
    }
    int placeholders = count;
    String sql = SqlCache.text(
        new Shape(ex.dialect(), table, generatedKey ? Kind.INSERT_GENERATED : Kind.INSERT), () -> {
          Sql text = new Sql(ex.dialect());
          text.append("INSERT INTO ").quoted(table.name()).append(" (");
          boolean first = true;
          for (TableColumn<T, ?> column : table.columns()) {
            if (positions[column.ordinal()] != 0) {
              text.append(first ? "" : ", ").quoted(column.name());
              first = false;
            }
          }
          text.append(") VALUES (");
          for (int i = 0; i < placeholders; i++) {
            text.append(i == 0 ? "?" : ", ?");
          }
          return text.append(')').text();
        });
    RowOutput output = new RowOutput(positions, ex.dialect());
    String[] keyColumns = generatedKey ? new String[] {key.name()} : null;
    return Statements.write(ex, table.definition(), Statements.Change.INSERT, context, () -> {
      if (rows.size() == 1) {
        RowArgument<T> row = new RowArgument<>(table, rows.get(0), output);
        return Jdbc.run(ex, sql, keyColumns, row, statement -> {
          row.apply(0, statement, null);
          statement.execute();
          return generatedKey ? keys(ex, key, statement) : List.of();
        });
      }
      LoggedBatch logged = SqlLog.enabled() ? new LoggedBatch() : null;
      return Jdbc.run(ex, sql, keyColumns, logged, statement -> {
        for (T row : rows) {
          RowArgument<T> argument = new RowArgument<>(table, row, output);
          argument.apply(0, statement, null);
          statement.addBatch();
          if (logged != null) {
            logged.add(argument);
          }
        }
        statement.executeBatch();
        return generatedKey ? keys(ex, key, statement) : List.of();
      });
    });
  }

  /** The keys the database generated for the rows an executed INSERT wrote, in order. */
  private static List<Object> keys(ExecutionContext ex, TableColumn<?, ?> key,
      java.sql.Statement statement) throws java.sql.SQLException {
    try (ResultSet rs = statement.getGeneratedKeys()) {
      List<Object> keys = new ArrayList<>();
      while (rs.next()) {
        keys.add(KeyReader.read(rs, 1, key.type(), ex.dialect()));
      }
      return keys;
    }
  }

  /** The statements of a table whose text depends on nothing else, cached per table. */
  private enum Kind { INSERT, INSERT_GENERATED, UPDATE_BY_KEY }

  private record Shape(Object dialect, TableMeta<?> table, Kind kind) {}

  static void advanceIdentity(ExecutionContext ex, TableMeta<?> table) {
    ex.dialect().advanceIdentity(table.name(), table.primaryKey().name()).ifPresent(text -> {
      Sql sql = new Sql(ex.dialect()).append(text);
      try (Update update = ex.handle().createUpdate(sql.text())) {
        Statements.prepare(update, sql).execute();
      }
    });
  }

  /**
   * {@code UPDATE … SET every column but the key, the @CreatedAt and @DeletedAt ones … WHERE key
   * = ?} (and, on a paranoid table, {@code AND deleted_at IS NULL});
   * returns rows changed. Creation timestamps are written once, on insert, as Sequelize's save
   * of an existing row never writes {@code createdAt}: a record built from a request body
   * (createdAt null) must not erase the stored one. With a {@code @Version} column the statement
   * is {@code … SET …, version = version + 1 WHERE key = ? AND version = ?}, bound with the
   * record's version: a row whose stored version moved on is not changed (0 rows).
   */
  static <T> int updateByKey(ExecutionContext ex, TableMeta<T> table, T row) {
    return updateByKey(ex, table, List.of(row), null)[0];
  }

  /**
   * {@link #updateByKey(ExecutionContext, TableMeta, Object)} of several rows in one JDBC batch;
   * returns the rows changed by each.
   */
  static <T> int[] updateByKey(ExecutionContext ex, TableMeta<T> table, List<T> rows,
      String context) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    TableColumn<T, ?> key = table.primaryKey();
    TableColumn<T, ?> version = Versions.column(table);
    int[] positions = new int[table.columns().size()];
    int count = 0;
    for (TableColumn<T, ?> column : table.columns()) {
      if (column != key && column != version && !column.isCreatedAt()
          && !column.isDeletedAt()) {
        positions[column.ordinal()] = ++count;
      }
    }
    positions[key.ordinal()] = ++count;
    if (version != null) {
      positions[version.ordinal()] = ++count;
    }
    String sql = SqlCache.text(new Shape(ex.dialect(), table, Kind.UPDATE_BY_KEY), () -> {
      Sql text = new Sql(ex.dialect());
      text.append("UPDATE ").quoted(table.name()).append(" SET ");
      boolean first = true;
      for (TableColumn<T, ?> column : table.columns()) {
        if (column != key && column != version && !column.isCreatedAt()
            && !column.isDeletedAt()) {
          text.append(first ? "" : ", ").quoted(column.name()).append(" = ?");
          first = false;
        }
      }
      if (version != null) {
        text.append(first ? "" : ", ").quoted(version.name()).append(" = ")
            .quoted(version.name()).append(" + 1");
      }
      text.append(" WHERE ").quoted(key.name()).append(" = ?");
      if (version != null) {
        text.append(" AND ").quoted(version.name()).append(" = ?");
      }
      TableColumn<T, ?> deletedAt = table.deletedAt();
      if (deletedAt != null) {
        // A soft-deleted row is not updated; restore() brings it back first.
        text.append(" AND ").quoted(deletedAt.name()).append(" IS NULL");
      }
      return text.text();
    });
    RowOutput output = new RowOutput(positions, ex.dialect());
    return Statements.write(ex, table.definition(), Statements.Change.UPDATE, context, () -> {
      if (rows.size() == 1) {
        try (Update update = ex.handle().createUpdate(sql)) {
          Statements.prepareForRows(update);
          RowArgument.bind(update, table, rows.get(0), output);
          return new int[] {update.execute()};
        }
      }
      try (PreparedBatch batch = ex.handle().prepareBatch(sql)) {
        Statements.prepareForRows(batch);
        for (T row : rows) {
          RowArgument.bind(batch, table, row, output).add();
        }
        return batch.execute();
      }
    });
  }

  /**
   * {@code row} with the values of {@code columns} as stored in the row with its key, read by
   * {@code SELECT columns … WHERE key = ?} through the generated reader; {@code row} itself when
   * no row has that key.
   */
  static <T> T withStored(ExecutionContext ex, TableMeta<T> table, T row,
      List<TableColumn<T, ?>> columns) {
    TableColumn<T, ?> key = table.primaryKey();
    int[] positions = new int[table.columns().size()];
    Sql sql = new Sql(ex.dialect());
    sql.append("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").quoted(columns.get(i).name());
      positions[columns.get(i).ordinal()] = i + 1;
    }
    sql.append(" FROM ").quoted(table.name()).append(" WHERE ").quoted(key.name()).append(" = ")
        .bind(key.type(), key.get(row));
    T stored;
    try (Query query = ex.handle().createQuery(sql.text())) {
      stored = Statements.prepare(query, sql).scanResultSet((supplier, ctx) -> {
        ResultSet rs = supplier.get();
        return rs.next() ? table.read(new RowInput(rs, positions, ex.dialect())) : null;
      });
    }
    if (stored == null) {
      return row;
    }
    T result = row;
    for (TableColumn<T, ?> column : columns) {
      result = Copies.with(result, column, column.get(stored));
    }
    return result;
  }
}
