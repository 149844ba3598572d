package dev.joinery.bench.stream;

import com.mysql.cj.jdbc.JdbcStatement;
import dev.joinery.bench.BenchDatabase;
import dev.joinery.bench.Engine;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;

/**
 * Fills tables fast, with each server's bulk path: {@code LOAD DATA LOCAL INFILE} from a stream on
 * MariaDB (Connector/J with {@code allowLoadLocalInfile=true}), {@code COPY … FROM STDIN} on
 * PostgreSQL. Foreign-key checks are off for the loading session only (the rows are consistent by
 * construction); the tables are analysed afterwards so the planner knows their size.
 */
final class BulkLoad {
  private final BenchDatabase db;

  BulkLoad(BenchDatabase db) {
    this.db = db;
  }

  /** Loads {@code count} rows, row {@code n} being {@code row.apply(n)}: tab-separated values. */
  void load(String table, List<String> columns, long count, LongFunction<String> row) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      if (db.engine() == Engine.MARIADB) {
        statement.execute("SET foreign_key_checks = 0");
        statement.unwrap(JdbcStatement.class)
            .setLocalInfileInputStream(new GeneratedRows(count, row));
        statement.execute("LOAD DATA LOCAL INFILE 'generated' INTO TABLE `" + table
            + "` FIELDS TERMINATED BY '\\t' (" + String.join(", ", quoted(columns, '`')) + ")");
        statement.execute("SET foreign_key_checks = 1");
        statement.execute("ANALYZE TABLE `" + table + "`");
      } else if (db.engine() == Engine.POSTGRESQL) {
        // A superuser setting: foreign keys are triggers, which a replica role does not fire.
        statement.execute("SET session_replication_role = replica");
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY \"" + table + "\" ("
            + String.join(", ", quoted(columns, '"')) + ") FROM STDIN",
            new GeneratedRows(count, row));
        statement.execute("SET session_replication_role = DEFAULT");
        statement.execute("ANALYZE \"" + table + "\"");
      } else {
        throw new IllegalArgumentException("no bulk load for " + db.engine());
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Loading " + table + " failed: " + e.getMessage(), e);
    }
  }

  private static List<String> quoted(List<String> columns, char quote) {
    return columns.stream().map(c -> quote + c + quote).toList();
  }
}
