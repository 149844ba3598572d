package dev.joinery.testing;

import dev.joinery.annotation.ReferentialAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The live catalog of a {@link TestDatabase} as plain facts, read through JDBC's
 * {@link DatabaseMetaData} on a connection of its own (independent of the code under test), for
 * assertions: tables, columns, primary keys, foreign keys with their rules, indexes.
 */
public final class Catalog {
  private final TestDatabase database;

  private Catalog(TestDatabase database) {
    this.database = database;
  }

  public static Catalog of(TestDatabase database) {
    return new Catalog(database);
  }

  /** A column as the database reports it; {@code type} is the driver's TYPE_NAME. */
  public record ColumnFact(String name, String type, int jdbcType, int size, int scale,
      boolean nullable, boolean autoIncrement) {}

  /** A foreign key; the rules are mapped back to {@link ReferentialAction}. */
  public record ForeignKeyFact(String name, List<String> columns, String referencedTable,
      List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {}

  /** An index, the primary key's included. */
  public record IndexFact(String name, List<String> columns, boolean unique) {}

  /** Names of the base tables, sorted. */
  public List<String> tables() {
    return read(metaData -> {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = metaData.getTables(catalog(metaData), schema(metaData), "%", null)) {
        while (rs.next()) {
          String type = rs.getString("TABLE_TYPE");
          if ("TABLE".equals(type) || "BASE TABLE".equals(type)) tables.add(rs.getString("TABLE_NAME"));
        }
      }
      tables.sort(null);
      return tables;
    });
  }

  /** The columns of {@code table} in order. */
  public List<ColumnFact> columns(String table) {
    return read(metaData -> {
      List<ColumnFact> columns = new ArrayList<>();
      try (ResultSet rs = metaData.getColumns(catalog(metaData), schema(metaData), escape(metaData, table), "%")) {
        while (rs.next()) {
          if (!table.equals(rs.getString("TABLE_NAME"))) continue;
          columns.add(new ColumnFact(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
              rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
              "YES".equals(rs.getString("IS_NULLABLE")),
              "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
        }
      }
      return columns;
    });
  }

  public Optional<ColumnFact> column(String table, String column) {
    return columns(table).stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /** The primary-key columns of {@code table} in key order. */
  public List<String> primaryKey(String table) {
    return read(metaData -> {
      Map<Integer, String> columns = new TreeMap<>();
      try (ResultSet rs = metaData.getPrimaryKeys(catalog(metaData), schema(metaData), table)) {
        while (rs.next()) columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
      return List.copyOf(columns.values());
    });
  }

  /** The foreign keys of {@code table}, by constraint name. */
  public Map<String, ForeignKeyFact> foreignKeys(String table) {
    return read(metaData -> {
      Map<String, List<String[]>> rows = new LinkedHashMap<>();
      Map<String, short[]> rules = new LinkedHashMap<>();
      try (ResultSet rs = metaData.getImportedKeys(catalog(metaData), schema(metaData), table)) {
        while (rs.next()) {
          String name = rs.getString("FK_NAME");
          rows.computeIfAbsent(name, n -> new ArrayList<>()).add(new String[] {
              rs.getString("KEY_SEQ"), rs.getString("FKCOLUMN_NAME"),
              rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")});
          rules.put(name, new short[] {rs.getShort("DELETE_RULE"), rs.getShort("UPDATE_RULE")});
        }
      }
      Map<String, ForeignKeyFact> foreignKeys = new TreeMap<>();
      rows.forEach((name, parts) -> {
        parts.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        foreignKeys.put(name, new ForeignKeyFact(name,
            parts.stream().map(p -> p[1]).toList(), parts.get(0)[2],
            parts.stream().map(p -> p[3]).toList(),
            action(rules.get(name)[0]), action(rules.get(name)[1])));
      });
      return foreignKeys;
    });
  }

  /** The indexes of {@code table} (the primary key's too), by name. */
  public Map<String, IndexFact> indexes(String table) {
    return read(metaData -> {
      Map<String, Map<Integer, String>> columns = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      try (ResultSet rs = metaData.getIndexInfo(catalog(metaData), schema(metaData), table, false, false)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) continue;
          columns.computeIfAbsent(name, n -> new TreeMap<>())
              .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
          unique.put(name, !rs.getBoolean("NON_UNIQUE"));
        }
      }
      Map<String, IndexFact> indexes = new TreeMap<>();
      columns.forEach((name, cols) ->
          indexes.put(name, new IndexFact(name, List.copyOf(cols.values()), unique.get(name))));
      return indexes;
    });
  }

  /** The number of rows of {@code table}. */
  public long rowCount(String table) {
    return read(metaData -> {
      try (var statement = metaData.getConnection().createStatement();
          var rs = statement.executeQuery("SELECT COUNT(*) FROM " + database.q(table))) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static ReferentialAction action(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
      case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
      case DatabaseMetaData.importedKeyNoAction -> ReferentialAction.NO_ACTION;
      default -> throw new IllegalStateException("unexpected rule " + rule);
    };
  }

  private interface Reader<T> {
    T read(DatabaseMetaData metaData) throws SQLException;
  }

  private <T> T read(Reader<T> reader) {
    try (Connection connection = database.dataSource().getConnection()) {
      return reader.read(connection.getMetaData());
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String catalog(DatabaseMetaData metaData) throws SQLException {
    return metaData.getConnection().getCatalog();
  }

  private static String schema(DatabaseMetaData metaData) throws SQLException {
    return metaData.getConnection().getSchema();
  }

  /** Table names are LIKE patterns in getColumns; escape {@code _} and {@code %}. */
  private static String escape(DatabaseMetaData metaData, String name) throws SQLException {
    String escape = metaData.getSearchStringEscape();
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }
}
