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
 * What a database has of a schema's tables, read once: columns from
 * {@code information_schema.COLUMNS} (which all three databases have, with types, lengths,
 * precisions, defaults and collations that JDBC metadata leaves out or spells per driver),
 * indexes (the primary key's included) and foreign keys with their rules through JDBC
 * {@link DatabaseMetaData}. Names are compared exactly: Joinery quotes every identifier, so the
 * catalog holds them as written.
 */
final class LiveCatalog {
  /** An index or primary key: its name and columns in order. */
  record Index(String name, List<String> columns, boolean unique) {}

  /** A foreign-key constraint; rules are {@link DatabaseMetaData}'s {@code importedKey…} codes. */
  record ForeignKey(String name, List<String> columns, String referencedTable,
      List<String> referencedColumns, int deleteRule, int updateRule) {}

  /** One existing table, its columns in catalog order. */
  record Table(String name, Map<String, LiveColumn> columnsByName, List<Index> indexes,
      List<ForeignKey> foreignKeys) {
    Set<String> columns() {
      return columnsByName.keySet();
    }
  }

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
    Map<String, Map<String, LiveColumn>> columns = null;
    for (String name : existingTables(metaData, catalog, schema)) {
      if (wanted.contains(name)) {
        if (columns == null) columns = LiveColumns.read(connection, wanted);
        tables.put(name, new Table(name, columns.getOrDefault(name, Map.of()),
            indexes(metaData, catalog, schema, name), foreignKeys(metaData, catalog, schema, name)));
      }
    }
    return new LiveCatalog(tables);
  }

  /** The columns of the existing tables, for the runtime's questions ({@link LiveSchema}). */
  LiveSchema schema() {
    Map<String, Map<String, LiveColumn>> columns = new HashMap<>();
    tables.forEach((name, table) -> columns.put(name, table.columnsByName()));
    return new LiveSchema(columns);
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
    Map<String, int[]> rules = new HashMap<>();
    try (ResultSet rs = metaData.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        parts.computeIfAbsent(name, n -> new TreeMap<>())
            .put((int) rs.getShort("KEY_SEQ"), new String[] {
                rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                rs.getString("PKCOLUMN_NAME")});
        rules.put(name, new int[] {rs.getShort("DELETE_RULE"), rs.getShort("UPDATE_RULE")});
      }
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    parts.forEach((name, byPosition) -> {
      List<String[]> rows = List.copyOf(byPosition.values());
      int[] rule = rules.get(name);
      foreignKeys.add(new ForeignKey(name, rows.stream().map(r -> r[0]).toList(), rows.get(0)[1],
          rows.stream().map(r -> r[2]).toList(), rule[0], rule[1]));
    });
    return foreignKeys;
  }
}
