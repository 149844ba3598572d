package dev.joinery.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a database has of a schema's tables, read once through JDBC {@link DatabaseMetaData}:
 * columns, indexes (the primary key's included) and foreign keys. Names are compared exactly:
 * Joinery quotes every identifier, so the catalog holds them as written.
 */
final class LiveCatalog {
  /** An index or primary key: its name and columns in order. */
  record Index(String name, List<String> columns, boolean unique) {}

  /** A foreign-key constraint. */
  record ForeignKey(String name, List<String> columns, String referencedTable,
      List<String> referencedColumns) {}

  /** One existing table. */
  record Table(String name, Set<String> columns, List<Index> indexes, List<ForeignKey> foreignKeys) {}

  private final Map<String, Table> tables;

  private LiveCatalog(Map<String, Table> tables) {
    this.tables = tables;
  }

  /** Reads the tables among {@code names} that exist on {@code connection}'s database. */
  static LiveCatalog read(Connection connection, Collection<String> names) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    Set<String> wanted = new HashSet<>(names);
    Map<String, Table> tables = new HashMap<>();
    for (String name : existingTables(metaData, catalog, schema)) {
      if (wanted.contains(name)) {
        tables.put(name, new Table(name, columns(metaData, catalog, schema, name),
            indexes(metaData, catalog, schema, name), foreignKeys(metaData, catalog, schema, name)));
      }
    }
    return new LiveCatalog(tables);
  }

  boolean exists(String table) {
    return tables.containsKey(table);
  }

  /** The existing table {@code name}; call {@link #exists} first. */
  Table table(String name) {
    return tables.get(name);
  }

  private static List<String> existingTables(DatabaseMetaData metaData, String catalog,
      String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = metaData.getTables(catalog, schema, "%", null)) {
      while (rs.next()) {
        // H2 says BASE TABLE where the others say TABLE; views and system tables are not ours.
        String type = rs.getString("TABLE_TYPE");
        if ("TABLE".equals(type) || "BASE TABLE".equals(type)) names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static Set<String> columns(DatabaseMetaData metaData, String catalog, String schema,
      String table) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (ResultSet rs = metaData.getColumns(catalog, schema, likeLiteral(metaData, table), "%")) {
      while (rs.next()) {
        if (table.equals(rs.getString("TABLE_NAME"))) columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  private static List<Index> indexes(DatabaseMetaData metaData, String catalog, String schema,
      String table) throws SQLException {
    Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new HashMap<>();
    try (ResultSet rs = metaData.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) continue;
        columns.computeIfAbsent(name, n -> new TreeMap<>())
            .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    List<Index> indexes = new ArrayList<>();
    columns.forEach((name, cols) ->
        indexes.add(new Index(name, List.copyOf(cols.values()), unique.get(name))));
    return indexes;
  }

  private static List<ForeignKey> foreignKeys(DatabaseMetaData metaData, String catalog,
      String schema, String table) throws SQLException {
    Map<String, Map<Integer, String[]>> parts = new LinkedHashMap<>();
    try (ResultSet rs = metaData.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        parts.computeIfAbsent(rs.getString("FK_NAME"), n -> new TreeMap<>())
            .put((int) rs.getShort("KEY_SEQ"), new String[] {
                rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                rs.getString("PKCOLUMN_NAME")});
      }
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    parts.forEach((name, byPosition) -> {
      List<String[]> rows = List.copyOf(byPosition.values());
      foreignKeys.add(new ForeignKey(name, rows.stream().map(r -> r[0]).toList(), rows.get(0)[1],
          rows.stream().map(r -> r[2]).toList()));
    });
    return foreignKeys;
  }

  /** {@code getColumns} takes a LIKE pattern, where {@code _} in a table name is a wildcard. */
  private static String likeLiteral(DatabaseMetaData metaData, String name) throws SQLException {
    String escape = metaData.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) return name;
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_").replace("%", escape + "%");
  }
}
