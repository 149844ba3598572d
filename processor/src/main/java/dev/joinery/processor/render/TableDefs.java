package dev.joinery.processor.render;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.util.List;

/**
 * Resolves a valid record into the runtime's {@link TableDef}: the one description the generated
 * {@code XTable.DEFINITION}, the generated {@code JoinerySchema} and the DDL resources are all
 * written from, so they cannot disagree.
 *
 * <p>The table holds the foreign keys whose column lives in it, whichever side declared them: its
 * own belongsTo and the hasOne/hasMany of other records that point at it; an inverse pair is one
 * key. Its indexes and their names are the bound ones, which validation checks too.
 */
final class TableDefs {
  private final SchemaGraph graph;

  TableDefs(SchemaGraph graph) {
    this.graph = graph;
  }

  TableDef of(TableModel table) {
    return new TableDef(
        table.tableName(),
        table.columns().stream().map(column -> column(table, column)).toList(),
        table.primaryKey().map(c -> List.of(c.columnName())).orElse(List.of()),
        indexes(table),
        foreignKeys(table));
  }

  /**
   * The junction table of a belongsToMany: a column per side typed as that side's key, both
   * making the primary key, a foreign key to each side cascading both ways, and an index on the
   * second column for lookups from the target side (the primary key serves the source side).
   */
  static TableDef junction(Junction junction) {
    ColumnModel sourceKey = junction.sourceKey().orElseThrow();
    ColumnModel targetKey = junction.targetKey().orElseThrow();
    String table = junction.table();
    return new TableDef(
        table,
        List.of(keyColumn(junction.sourceColumn(), sourceKey),
            keyColumn(junction.targetColumn(), targetKey)),
        List.of(junction.sourceColumn(), junction.targetColumn()),
        List.of(new IndexDef(junction.indexName(), List.of(junction.targetColumn()), false)),
        List.of(
            cascade(junction.sourceForeignKeyName(), junction.sourceColumn(),
                junction.source().tableName(), sourceKey),
            cascade(junction.targetForeignKeyName(), junction.targetColumn(),
                junction.target().tableName(), targetKey)));
  }

  /**
   * The column as the DDL and the generated constants describe it: {@link #column(ColumnModel)},
   * and for a foreign-key column with no collation of its own its referenced column's, because
   * MySQL and MariaDB join only text columns of one character set and collation.
   */
  ColumnDef column(TableModel table, ColumnModel column) {
    ColumnDef def = column(column);
    if (def.collation() != null) return def;
    for (ForeignKey key : graph.foreignKeysOn(table)) {
      if (key.column().columnName().equals(column.columnName())
          && key.referencedColumn().collation() != null) {
        return def.withCollation(key.referencedColumn().collation());
      }
    }
    return def;
  }

  /** The column's own facts, as its annotations state them. */
  static ColumnDef column(ColumnModel column) {
    ColumnDef def = ColumnDef.of(column.columnName(), column.valueType());
    if (column.text()) {
      def = column.length() > 0 ? def.asText().withLength(column.length()) : def.asText();
    } else if (column.length() != def.length()) {
      def = def.withLength(column.length());
    }
    if (column.unsigned()) {
      def = def.asUnsigned();
    }
    if (column.valueType() == ValueType.BIG_DECIMAL) {
      def = def.withPrecision(column.precision(), column.scale());
    } else if (column.precision() != def.precision()) {
      def = def.withPrecision(column.precision(), 0);
    }
    if (column.autoIncrement()) {
      def = def.asAutoIncrement();
    } else if (column.isNotNullInDatabase()) {
      def = def.notNull();
    }
    if (column.defaultValue() != null) {
      def = def.withDefault(column.defaultValue());
    }
    if (column.collation() != null) {
      def = def.withCollation(column.collation());
    }
    return def;
  }

  private List<IndexDef> indexes(TableModel table) {
    return graph.indexes(table).stream()
        .map(index -> new IndexDef(index.name(), index.columns(), index.unique()))
        .toList();
  }

  private List<ForeignKeyDef> foreignKeys(TableModel table) {
    return graph.foreignKeysOn(table).stream()
        .map(key -> new ForeignKeyDef(key.name(), List.of(key.column().columnName()),
            key.referenced().tableName(), List.of(key.referencedColumn().columnName()),
            key.onDelete(), key.onUpdate()))
        .toList();
  }

  /** A junction column: the referenced key's type and size, never generated, never null. */
  private static ColumnDef keyColumn(String name, ColumnModel key) {
    ColumnDef def = ColumnDef.of(name, key.valueType());
    if (key.length() != def.length() && key.length() > 0) {
      def = def.withLength(key.length());
    }
    if (key.unsigned()) {
      def = def.asUnsigned();
    }
    if (key.valueType() == ValueType.BIG_DECIMAL) {
      def = def.withPrecision(key.precision(), key.scale());
    }
    if (key.collation() != null) {
      def = def.withCollation(key.collation());
    }
    return def.notNull();
  }

  private static ForeignKeyDef cascade(String name, String column, String referencedTable,
      ColumnModel referencedKey) {
    return new ForeignKeyDef(name, List.of(column),
        referencedTable, List.of(referencedKey.columnName()),
        ReferentialAction.CASCADE, ReferentialAction.CASCADE);
  }
}
