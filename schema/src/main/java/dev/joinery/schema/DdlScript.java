package dev.joinery.schema;

import dev.joinery.dialect.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statements that create a schema on an empty database, in an order every dialect accepts.
 * Needs no connection: the processor writes it as {@code META-INF/joinery/<dialect>/schema.sql}
 * and the runtime's schema sync runs the same statements, so the file and {@code sync} never disagree.
 *
 * <p>Order: each table's {@code CREATE TABLE}, immediately followed by its {@code CREATE INDEX}
 * statements, in the schema's order; a foreign key is written inside {@code CREATE TABLE} when
 * its referenced table already exists by then (an earlier table, or the table itself); the
 * others (foreign-key cycles) follow as {@code ALTER TABLE … ADD CONSTRAINT} once every table
 * exists. Indexes come right after their table, not at the end, because a foreign key may
 * reference a unique non-key column (PostgreSQL and H2 require its unique index to exist first).
 * On H2 the foreign keys that could be inline are instead added right after the table's indexes
 * ({@link Dialect#addsForeignKeysAfterIndexes}), so that they reuse those indexes.
 */
public final class DdlScript {
  private final List<String> tableStatements;
  private final List<String> foreignKeyStatements;

  private DdlScript(List<String> tableStatements, List<String> foreignKeyStatements) {
    this.tableStatements = List.copyOf(tableStatements);
    this.foreignKeyStatements = List.copyOf(foreignKeyStatements);
  }

  /** Every statement creating {@code schema} on an empty database. */
  public static List<String> statements(SchemaDef schema, Dialect dialect) {
    return of(schema.tables(), Set.of(), dialect).all();
  }

  /**
   * The script as a text file: each statement followed by {@code ;} and a blank line, with a
   * header comment naming the dialect.
   */
  public static String text(SchemaDef schema, Dialect dialect) {
    StringBuilder text = new StringBuilder("-- Joinery schema for ")
        .append(dialect.name()).append(": tables in foreign-key order.\n\n");
    for (String statement : statements(schema, dialect)) {
      text.append(statement).append(";\n\n");
    }
    return text.toString();
  }

  /**
   * The script creating {@code tables} when the tables named in {@code existing} are already
   * there: a foreign key to an existing table can be inline. Public for the runtime's schema
   * sync, which creates the tables missing from a live database.
   */
  public static DdlScript of(List<TableDef> tables, Collection<String> existing, Dialect dialect) {
    Set<String> available = new HashSet<>(existing);
    List<String> tableStatements = new ArrayList<>();
    List<String> foreignKeyStatements = new ArrayList<>();
    for (TableDef table : tables) {
      available.add(table.name()); // a self-reference is fine inline
      List<ForeignKeyDef> inline = new ArrayList<>();
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (available.contains(foreignKey.referencedTable())) {
          inline.add(foreignKey);
        } else {
          foreignKeyStatements.add(dialect.addForeignKey(table, foreignKey));
        }
      }
      boolean afterIndexes = dialect.addsForeignKeysAfterIndexes();
      tableStatements.add(dialect.createTable(table, afterIndexes ? List.of() : inline));
      for (IndexDef index : table.indexes()) {
        tableStatements.addAll(dialect.createIndexStatements(table, index));
      }
      if (afterIndexes) {
        inline.forEach(foreignKey -> tableStatements.add(dialect.addForeignKey(table, foreignKey)));
      }
    }
    return new DdlScript(tableStatements, foreignKeyStatements);
  }

  /** {@code CREATE TABLE} and {@code CREATE INDEX} statements, table by table. */
  public List<String> tableStatements() {
    return tableStatements;
  }

  /** The foreign keys that could not be inline, to run after every table exists. */
  public List<String> foreignKeyStatements() {
    return foreignKeyStatements;
  }

  /** The table statements, then the foreign keys. */
  public List<String> all() {
    List<String> all = new ArrayList<>(tableStatements);
    all.addAll(foreignKeyStatements);
    return all;
  }
}
