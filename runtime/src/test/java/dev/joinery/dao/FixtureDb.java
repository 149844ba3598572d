package dev.joinery.dao;

import dev.joinery.fixtures.FixtureSchema;
import dev.joinery.schema.DdlScript;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fixtures' schema on a test database, and uncounted looks at its rows. */
final class FixtureDb {
  private FixtureDb() {}

  /** Creates every fixture table (not counted: plain JDBC). */
  static void createSchema(TestDatabase db) {
    db.execute(DdlScript.statements(FixtureSchema.SCHEMA, db.dialect()).toArray(String[]::new));
  }

  static long rowCount(TestDatabase db, String table) {
    return Catalog.of(db).rowCount(table);
  }

  /**
   * The rows of {@code sql} as maps from lower-case column label to value, read on plain JDBC so
   * the statement counter does not see them. Write identifiers as {@code "x"}; they are
   * requoted for the database.
   */
  static List<Map<String, Object>> rows(TestDatabase db, String sql) {
    return db.roundTrips().uncounted(() -> read(db, sql));
  }

  private static List<Map<String, Object>> read(TestDatabase db, String sql) {
    String text = sql.replace("\"", db.q("x").substring(0, 1));
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(text)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(text + ": " + e.getMessage(), e);
    }
  }

  /** One column of {@code sql}'s rows, as strings (types differ between drivers). */
  static List<String> column(TestDatabase db, String sql) {
    List<String> values = new ArrayList<>();
    for (Map<String, Object> row : rows(db, sql)) {
      Object value = row.values().iterator().next();
      values.add(value == null ? null : value.toString());
    }
    return values;
  }
}
