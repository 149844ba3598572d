package dev.joinery.schema;

import dev.joinery.SchemaSyncException;
import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a schema with two table names that differ only by case ({@code Users} and
 * {@code users}, as records in both naming modes may make) on a MySQL or MariaDB server that folds
 * table names ({@code lower_case_table_names} 1 or 2, the default on Windows and macOS): there
 * both names are one table, and the second {@code CREATE TABLE} would be skipped or fail. Every
 * other database keeps quoted names apart, so nothing is asked of them.
 */
final class FoldedTableNames {
  private FoldedTableNames() {}

  static void check(Connection connection, Dialect dialect, SchemaDef schema) {
    if (!dialect.name().equals("mysql")) {
      return;
    }
    Map<String, String> byFolded = new HashMap<>();
    for (TableDef table : schema.tables()) {
      String earlier = byFolded.putIfAbsent(table.name().toLowerCase(Locale.ROOT), table.name());
      if (earlier != null && !earlier.equals(table.name())) {
        int folding = lowerCaseTableNames(connection);
        if (folding != 0) {
          throw new SchemaSyncRefusedException("Tables \"" + earlier + "\" and \"" + table.name()
              + "\" differ only by case, and this server folds table names"
              + " (lower_case_table_names = " + folding + "), so they would be one table;"
              + " rename one with @Table(\"...\"), or use a server with"
              + " lower_case_table_names = 0", table.name(), null);
        }
        return;
      }
    }
  }

  private static int lowerCaseTableNames(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT @@lower_case_table_names")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw new SchemaSyncException("Cannot read lower_case_table_names: " + e.getMessage(),
          null, null, e);
    }
  }
}
