package dev.joinery.it;

import dev.joinery.testing.Catalog;
import dev.joinery.testing.Catalog.ColumnFact;
import dev.joinery.testing.Catalog.IndexFact;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The live catalog of a test database ({@link Catalog}, JDBC metadata on its own connection) in
 * a shape that reads well in assertions: a column as {@code "name TYPE NOT NULL AUTO_INCREMENT"},
 * and the indexes a schema declared without those each database adds by itself.
 *
 * <p>The type methods spell DESIGN.md's type mapping as each database reports it back, so a
 * test says "{@code age} is an INT" once for the three databases.
 */
public final class LiveSchema {
  private LiveSchema() {}

  /** Each column of {@code table}, in order: {@code "name TYPE[ NOT NULL][ AUTO_INCREMENT]"}. */
  public static List<String> columns(TestDatabase db, String table) {
    return Catalog.of(db).columns(table).stream().map(LiveSchema::describe).toList();
  }

  /**
   * The indexes of {@code table} other than the primary key's and those the database makes for a
   * foreign key by itself (H2's {@code *_INDEX_*}, MySQL's named after the constraint).
   */
  public static List<IndexFact> declaredIndexes(TestDatabase db, String table) {
    Catalog catalog = Catalog.of(db);
    Set<String> foreignKeys = catalog.foreignKeys(table).keySet();
    return catalog.indexes(table).values().stream()
        .filter(index -> !index.name().equals("PRIMARY")
            && !index.name().startsWith("PRIMARY_KEY_")
            && !index.name().endsWith("_pkey")
            && !index.name().contains("_INDEX_")
            && !foreignKeys.contains(index.name()))
        .toList();
  }

  /**
   * Everything the catalog says about every table, one line per fact, with the names a database
   * gives its own indexes left out (H2's differ from run to run): for comparing two databases.
   */
  public static List<String> everything(TestDatabase db) {
    Catalog catalog = Catalog.of(db);
    List<String> facts = new ArrayList<>();
    for (String table : catalog.tables()) {
      facts.add(table + " primary key " + catalog.primaryKey(table));
      catalog.columns(table).forEach(column -> facts.add(table + " " + column));
      catalog.foreignKeys(table).values().forEach(fk -> facts.add(table + " " + fk));
      List<IndexFact> declared = declaredIndexes(db, table);
      for (IndexFact index : catalog.indexes(table).values()) {
        facts.add(table + " " + (declared.contains(index) ? index
            : new IndexFact("(named by the database)", index.columns(), index.unique())));
      }
    }
    facts.sort(null);
    return facts;
  }

  private static String describe(ColumnFact column) {
    String name = column.type();
    String lower = name.toLowerCase(Locale.ROOT);
    String type;
    if (lower.contains("char")) {
      type = name + "(" + column.size() + ")";
    } else if (lower.contains("timestamp")) {
      type = name + "(" + column.scale() + ")";
    } else if (lower.equals("datetime")) {
      // MySQL reports the display width: 19 characters plus the point plus the fraction.
      type = name + "(" + (column.size() - 20) + ")";
    } else {
      type = name;
    }
    return column.name() + " " + type + (column.nullable() ? "" : " NOT NULL")
        + (column.autoIncrement() ? " AUTO_INCREMENT" : "");
  }

  // DESIGN.md's type mapping, as H2, MariaDB and PostgreSQL report it.

  public static String bigint(TestDatabase db) {
    return pick(db, "BIGINT", "BIGINT", "int8");
  }

  public static String integer(TestDatabase db) {
    return pick(db, "INTEGER", "INT", "int4");
  }

  /** An unsigned INT: MySQL says so; elsewhere the next wider type (with a CHECK). */
  public static String unsignedInteger(TestDatabase db) {
    return pick(db, "BIGINT", "INT UNSIGNED", "int8");
  }

  public static String varchar(TestDatabase db, int length) {
    return pick(db, "CHARACTER VARYING", "VARCHAR", "varchar") + "(" + length + ")";
  }

  public static String text(TestDatabase db) {
    return pick(db, "CHARACTER VARYING(1000000000)", "TEXT", "text");
  }

  public static String bool(TestDatabase db) {
    return pick(db, "BOOLEAN", "BIT", "bool");
  }

  /** An {@code Instant}: with time zone where the database has it, UTC DATETIME on MySQL. */
  public static String instant(TestDatabase db) {
    return pick(db, "TIMESTAMP WITH TIME ZONE(6)", "DATETIME(6)", "timestamptz(6)");
  }

  public static String uuid(TestDatabase db) {
    return pick(db, "UUID", "CHAR(36)", "uuid");
  }

  private static String pick(TestDatabase db, String h2, String mariadb, String postgres) {
    return switch (db.engine()) {
      case H2 -> h2;
      case MARIADB -> mariadb;
      case POSTGRESQL -> postgres;
    };
  }
}
