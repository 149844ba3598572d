package dev.joinery.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table as the DDL needs it: columns in declaration order, the primary key, indexes (including
 * unique constraints) and foreign keys. Junction tables of belongsToMany are TableDefs too.
 */
public record TableDef(
    String name,
    List<ColumnDef> columns,
    List<String> primaryKey,
    List<IndexDef> indexes,
    List<ForeignKeyDef> foreignKeys) {
  public TableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
  }

  public Optional<ColumnDef> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
