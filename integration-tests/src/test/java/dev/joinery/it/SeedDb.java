package dev.joinery.it;

import dev.joinery.it.seeds.JoinerySchema;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.TableDef;
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
import java.util.Set;

/**
 * The generated {@link JoinerySchema} on a test database, and looks at its rows that the
 * statement counter does not see (plain JDBC), so tests count only what the DAOs send.
 */
public final class SeedDb {
  private SeedDb() {}

  /** Syncs the whole schema of the compilation, as a user's application does at start-up. */
  public static List<String> syncAll(TestDatabase db) {
    List<String> statements = db.jdbi().withHandle(h ->
        SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.CREATE));
    db.counter().reset();
    return statements;
  }

  /**
   * Syncs one seed's tables only (in the schema's foreign-key order): a behaviour test needs no
   * more, and creating a dozen tables per test is slow on a server.
   */
  public static void sync(TestDatabase db, String... tables) {
    Set<String> wanted = Set.of(tables);
    List<TableDef> selected = JoinerySchema.DEFINITION.tables().stream()
        .filter(t -> wanted.contains(t.name()))
        .toList();
    if (selected.size() != wanted.size()) {
      throw new IllegalArgumentException("not all of " + wanted + " are in JoinerySchema");
    }
    db.jdbi().useHandle(h -> SchemaSync.sync(h, new SchemaDef(selected), SyncMode.CREATE));
    db.counter().reset();
  }

  /**
   * The rows of {@code sql} as maps from lower-case column label to value. Write identifiers as
   * {@code "x"}; they are requoted for the database.
   */
  public static List<Map<String, Object>> rows(TestDatabase db, String sql) {
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

  /**
   * Each row of {@code sql} as its columns' values joined by {@code |}, as strings (the drivers
   * disagree on Java types: a MariaDB unsigned INT is a Long, a PostgreSQL BIGINT too, ...).
   */
  public static List<String> lines(TestDatabase db, String sql) {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> row : rows(db, sql)) {
      lines.add(String.join("|", row.values().stream().map(String::valueOf).toList()));
    }
    return lines;
  }
}
