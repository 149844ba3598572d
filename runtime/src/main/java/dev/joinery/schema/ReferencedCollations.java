package dev.joinery.schema;

import dev.joinery.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each foreign-key column the collation of the live column it references, when the model
 * names none: MySQL/MariaDB refuse a foreign key between text columns of different character
 * sets or collations (errno 150), and a table Joinery did not create has whatever its author
 * chose (Sequelize's {@code UUID} is {@code CHAR(36) BINARY}, {@code utf8mb4_bin}, in a
 * {@code utf8mb4_general_ci} table). Only a column the plan creates is affected; an existing one
 * keeps what it has.
 */
final class ReferencedCollations {
  private ReferencedCollations() {}

  static SchemaDef adopt(SchemaDef schema, LiveCatalog live, Dialect dialect) {
    List<TableDef> tables = new ArrayList<>();
    boolean changed = false;
    for (TableDef table : schema.tables()) {
      Map<String, String> collations = new HashMap<>();
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (!live.exists(foreignKey.referencedTable())) continue;
        Map<String, LiveColumn> referenced =
            live.table(foreignKey.referencedTable()).columnsByName();
        for (int i = 0; i < foreignKey.columns().size(); i++) {
          LiveColumn target = referenced.get(foreignKey.referencedColumns().get(i));
          // A collation the column gets anyway is not written: the DDL stays the resources' text.
          if (target != null && target.collation() != null
              && !target.collation().equals(dialect.defaultCollation())) {
            collations.put(foreignKey.columns().get(i), target.collation());
          }
        }
      }
      if (collations.isEmpty()) {
        tables.add(table);
        continue;
      }
      boolean existing = live.exists(table.name());
      List<ColumnDef> columns = new ArrayList<>();
      for (ColumnDef column : table.columns()) {
        String collation = collations.get(column.name());
        boolean created = !existing || !live.table(table.name()).columns().contains(column.name());
        if (collation != null && column.collation() == null && created) {
          columns.add(column.withCollation(collation));
          changed = true;
        } else {
          columns.add(column);
        }
      }
      tables.add(new TableDef(table.name(), columns, table.primaryKey(), table.indexes(),
          table.foreignKeys()));
    }
    return changed ? new SchemaDef(tables) : schema;
  }
}
