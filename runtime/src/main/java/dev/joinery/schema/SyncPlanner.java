package dev.joinery.schema;

import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a schema, a sync mode and the live catalog into the statements to run and the drift it
 * leaves alone. Pure: the catalog was read before, and the only question left for the database
 * (does a table have rows?) is asked through {@code hasRows}.
 *
 * <p>A foreign-key column this plan creates takes the collation of the live column it references
 * (see {@link ReferencedCollations}), so a table Joinery did not create can be referenced.
 */
final class SyncPlanner {
  /** The model with referenced collations adopted: what CREATE and ALTER create. */
  private final SchemaDef schema;
  /** The model as given: what FORCE recreates, every referenced table included. */
  private final SchemaDef model;
  private final LiveCatalog live;
  private final Dialect dialect;
  private final Predicate<String> hasRows;

  SyncPlanner(SchemaDef schema, LiveCatalog live, Dialect dialect, Predicate<String> hasRows) {
    this.model = schema;
    this.schema = ReferencedCollations.adopt(schema, live, dialect);
    this.live = live;
    this.dialect = dialect;
    this.hasRows = hasRows;
  }

  SyncPlan plan(SyncMode mode) {
    return switch (mode) {
      case CREATE -> new SyncPlan(create(), List.of());
      case FORCE -> new SyncPlan(force(), List.of());
      case ALTER -> new SyncPlan(alter(), drift());
    };
  }

  /** How the existing tables differ from the model where ALTER adds nothing. */
  private List<Drift> drift() {
    DriftCheck check = new DriftCheck(dialect);
    List<Drift> drift = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      if (live.exists(table.name())) drift.addAll(check.check(table, live.table(table.name())));
    }
    return drift;
  }

  /** The missing tables, inline foreign keys to tables that exist already. */
  private List<String> create() {
    return missingTables().all();
  }

  private List<String> force() {
    List<String> plan = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < model.tables().size(); i++) position.put(model.tables().get(i).name(), i);
    // Tables drop in reverse order, so a constraint pointing at a later table (a cycle) would
    // block the drop on MySQL, which ignores CASCADE: it goes first.
    for (TableDef table : model.tables()) {
      if (!live.exists(table.name())) continue;
      int own = position.get(table.name());
      for (LiveCatalog.ForeignKey foreignKey : live.table(table.name()).foreignKeys()) {
        Integer target = position.get(foreignKey.referencedTable());
        if (target != null && target > own) {
          plan.add(dialect.dropForeignKey(table.name(), foreignKey.name()));
        }
      }
    }
    for (int i = model.tables().size() - 1; i >= 0; i--) {
      String name = model.tables().get(i).name();
      if (live.exists(name)) plan.add(dialect.dropTable(name));
    }
    plan.addAll(DdlScript.statements(model, dialect));
    return plan;
  }

  /**
   * Per existing table, in the schema's order, its missing columns, then indexes, then the foreign
   * keys whose referenced table exists ({@link Dialect#alterTable}: one statement on MySQL, so a
   * failure leaves none of them); then the missing tables (a new table's foreign key may
   * reference a unique column just added); then the foreign keys to those new tables.
   */
  private List<String> alter() {
    List<String> plan = new ArrayList<>();
    List<String> laterForeignKeys = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      if (!live.exists(table.name())) continue;
      LiveCatalog.Table existing = live.table(table.name());
      List<ColumnDef> columns = new ArrayList<>();
      for (ColumnDef column : table.columns()) {
        if (!existing.columns().contains(column.name())) {
          requireAddable(table, column);
          columns.add(column);
        }
      }
      List<IndexDef> indexes = table.indexes().stream()
          .filter(index -> existing.indexes().stream().noneMatch(live -> sameIndex(index, live)))
          .toList();
      List<ForeignKeyDef> foreignKeys = new ArrayList<>();
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (existing.foreignKeys().stream().anyMatch(live -> sameForeignKey(foreignKey, live))) {
          continue;
        }
        if (live.exists(foreignKey.referencedTable())) {
          foreignKeys.add(foreignKey);
        } else {
          laterForeignKeys.add(dialect.addForeignKey(table, foreignKey));
        }
      }
      plan.addAll(dialect.alterTable(table, columns, indexes, foreignKeys));
    }
    DdlScript missing = missingTables();
    plan.addAll(missing.tableStatements());
    plan.addAll(laterForeignKeys);
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
   * An index that does the job: same name, or same columns in the same order and unique when a
   * unique one is wanted (a database-made or renamed index; a unique index serves lookups as well
   * as a plain one, so creating another would be the duplicate Sequelize's alter piles up).
   */
  private static boolean sameIndex(IndexDef wanted, LiveCatalog.Index live) {
    return wanted.name().equals(live.name())
        || (wanted.columns().equals(live.columns()) && (live.unique() || !wanted.unique()));
  }

  /** The same constraint: same name, or the same columns referencing the same columns. */
  private static boolean sameForeignKey(ForeignKeyDef wanted, LiveCatalog.ForeignKey live) {
    return wanted.name().equals(live.name())
        || (wanted.columns().equals(live.columns())
            && wanted.referencedTable().equals(live.referencedTable())
            && wanted.referencedColumns().equals(live.referencedColumns()));
  }
}
