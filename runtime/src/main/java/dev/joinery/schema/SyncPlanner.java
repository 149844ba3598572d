package dev.joinery.schema;

import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a schema, a sync mode and the live catalog into the statements to run. Pure: the
 * catalog was read before, and the only question left for the database (does a table have
 * rows?) is asked through {@code hasRows}.
 */
final class SyncPlanner {
  private final SchemaDef schema;
  private final LiveCatalog live;
  private final Dialect dialect;
  private final Predicate<String> hasRows;

  SyncPlanner(SchemaDef schema, LiveCatalog live, Dialect dialect, Predicate<String> hasRows) {
    this.schema = schema;
    this.live = live;
    this.dialect = dialect;
    this.hasRows = hasRows;
  }

  List<String> plan(SyncMode mode) {
    return switch (mode) {
      case CREATE -> create();
      case FORCE -> force();
      case ALTER -> alter();
    };
  }

  /** The missing tables, inline foreign keys to tables that exist already. */
  private List<String> create() {
    return missingTables().all();
  }

  private List<String> force() {
    List<String> plan = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < schema.tables().size(); i++) position.put(schema.tables().get(i).name(), i);
    // Tables drop in reverse order, so a constraint pointing at a later table (a cycle) would
    // block the drop on MySQL, which ignores CASCADE: it goes first.
    for (TableDef table : schema.tables()) {
      if (!live.exists(table.name())) continue;
      int own = position.get(table.name());
      for (LiveCatalog.ForeignKey foreignKey : live.table(table.name()).foreignKeys()) {
        Integer target = position.get(foreignKey.referencedTable());
        if (target != null && target > own) {
          plan.add(dialect.dropForeignKey(table.name(), foreignKey.name()));
        }
      }
    }
    for (int i = schema.tables().size() - 1; i >= 0; i--) {
      String name = schema.tables().get(i).name();
      if (live.exists(name)) plan.add(dialect.dropTable(name));
    }
    plan.addAll(DdlScript.statements(schema, dialect));
    return plan;
  }

  /**
   * Columns, then indexes of existing tables (a new table's foreign key may reference a unique
   * column just added), then the missing tables, then every missing foreign key.
   */
  private List<String> alter() {
    List<String> columns = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      if (!live.exists(table.name())) continue;
      LiveCatalog.Table existing = live.table(table.name());
      for (ColumnDef column : table.columns()) {
        if (!existing.columns().contains(column.name())) {
          requireAddable(table, column);
          columns.add(dialect.addColumn(table, column));
        }
      }
      for (IndexDef index : table.indexes()) {
        if (existing.indexes().stream().noneMatch(live -> sameIndex(index, live))) {
          indexes.addAll(dialect.createIndexStatements(table, index));
        }
      }
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (existing.foreignKeys().stream().noneMatch(live -> sameForeignKey(foreignKey, live))) {
          foreignKeys.add(dialect.addForeignKey(table, foreignKey));
        }
      }
    }
    DdlScript missing = missingTables();
    List<String> plan = new ArrayList<>(columns);
    plan.addAll(indexes);
    plan.addAll(missing.tableStatements());
    plan.addAll(foreignKeys);
    plan.addAll(missing.foreignKeyStatements());
    return plan;
  }

  private DdlScript missingTables() {
    List<TableDef> missing = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      if (live.exists(table.name())) existing.add(table.name()); else missing.add(table);
    }
    return DdlScript.of(missing, existing, dialect);
  }

  /**
   * A NOT NULL column without a default cannot be added to a table with rows: the rows would
   * have no value. Refused while planning, so nothing has run yet.
   */
  private void requireAddable(TableDef table, ColumnDef column) {
    if (column.nullable() || column.defaultValue() != null || column.autoIncrement()) return;
    if (hasRows.test(table.name())) {
      throw new SchemaSyncRefusedException("Cannot add NOT NULL column \"" + column.name()
          + "\" to table \"" + table.name() + "\": the table has rows and the column has no"
          + " default value. Give it a default (@Column(defaultValue = ...)), make it nullable, or"
          + " add and fill it yourself before syncing.", table.name(), column.name());
    }
  }

  /**
   * The same index: same name, or same columns in the same order with the same uniqueness
   * (a database-made or renamed index that already does the job; creating another would be the
   * duplicate Sequelize's alter piles up).
   */
  private static boolean sameIndex(IndexDef wanted, LiveCatalog.Index live) {
    return wanted.name().equals(live.name())
        || (wanted.columns().equals(live.columns()) && wanted.unique() == live.unique());
  }

  /** The same constraint: same name, or the same columns referencing the same columns. */
  private static boolean sameForeignKey(ForeignKeyDef wanted, LiveCatalog.ForeignKey live) {
    return wanted.name().equals(live.name())
        || (wanted.columns().equals(live.columns())
            && wanted.referencedTable().equals(live.referencedTable())
            && wanted.referencedColumns().equals(live.referencedColumns()));
  }
}
