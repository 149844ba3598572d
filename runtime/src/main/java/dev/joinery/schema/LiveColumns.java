package dev.joinery.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code information_schema.COLUMNS} of the connection's schema (MySQL/MariaDB: its
 * database) in one query. MySQL's {@code COLUMN_TYPE} already spells the full type
 * ({@code int(10) unsigned}); elsewhere it is put together from {@code DATA_TYPE} and the length,
 * precision or scale columns, so that {@link SqlTypes} parses both alike.
 */
final class LiveColumns {
  private LiveColumns() {}

  static Map<String, Map<String, LiveColumn>> read(Connection connection, Set<String> tables)
      throws SQLException {
    // PostgreSQL and H2 name the schema (public, PUBLIC); MySQL's driver calls its database the
    // catalog and has no schema.
    String owner = connection.getSchema() != null ? connection.getSchema() : connection.getCatalog();
    Map<String, Map<String, LiveColumn>> columns = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
      statement.setString(1, owner);
      try (ResultSet rs = statement.executeQuery()) {
        Set<String> labels = labels(rs.getMetaData());
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          if (!tables.contains(table)) continue;
          LiveColumn column = column(rs, labels);
          columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column.name(), column);
        }
      }
    }
    return columns;
  }

  private static LiveColumn column(ResultSet rs, Set<String> labels) throws SQLException {
    String dataType = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
    String type = labels.contains("COLUMN_TYPE") ? rs.getString("COLUMN_TYPE")
        : dataType + sizes(rs, dataType);
    String defaultValue = rs.getString("COLUMN_DEFAULT");
    // MariaDB writes a NULL default as the text NULL.
    if (defaultValue != null && defaultValue.equalsIgnoreCase("NULL")) defaultValue = null;
    return new LiveColumn(rs.getString("COLUMN_NAME"), type,
        "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")), defaultValue,
        optional(rs, labels, "CHARACTER_SET_NAME"), optional(rs, labels, "COLLATION_NAME"),
        fractionalDigits(rs, dataType));
  }

  /** {@code (length)}, {@code (precision,scale)} or {@code (fraction digits)}, where the type has one. */
  private static String sizes(ResultSet rs, String dataType) throws SQLException {
    long length = rs.getLong("CHARACTER_MAXIMUM_LENGTH");
    if (!rs.wasNull() && (dataType.contains("char") || dataType.equals("varchar"))) {
      return "(" + length + ")";
    }
    if (dataType.equals("numeric") || dataType.equals("decimal")) {
      return "(" + rs.getInt("NUMERIC_PRECISION") + "," + rs.getInt("NUMERIC_SCALE") + ")";
    }
    int digits = fractionalDigits(rs, dataType);
    return digits >= 0 ? "(" + digits + ")" : "";
  }

  private static int fractionalDigits(ResultSet rs, String dataType) throws SQLException {
    if (!(dataType.startsWith("timestamp") || dataType.startsWith("datetime")
        || dataType.startsWith("time"))) {
      return -1;
    }
    int digits = rs.getInt("DATETIME_PRECISION");
    return rs.wasNull() ? 0 : digits;
  }

  private static String optional(ResultSet rs, Set<String> labels, String label)
      throws SQLException {
    return labels.contains(label) ? rs.getString(label) : null;
  }

  private static Set<String> labels(ResultSetMetaData metaData) throws SQLException {
    Set<String> labels = new HashSet<>();
    for (int i = 1; i <= metaData.getColumnCount(); i++) {
      labels.add(metaData.getColumnLabel(i).toUpperCase(Locale.ROOT));
    }
    return labels;
  }
}
