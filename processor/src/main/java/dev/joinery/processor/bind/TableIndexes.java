package dev.joinery.processor.bind;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.IndexModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indexes of one table with their names resolved, and the declaration behind each: the
 * record's {@code @Index}es (named {@code <table>_<cols>[_unique]} unless {@code @Index(name)}),
 * then its {@code @Column(unique = true)} columns not already covered by a unique
 * {@code @Index} ({@code <table>_<col>_unique}), then, on a through record's table, the unique
 * index on its two key columns that no unique index covers yet, then the index Sequelize puts on each foreign
 * key that no earlier index starts with ({@code <table>_<col>}, unique with
 * {@code @HasOne(unique = true)}).
 *
 * <p>The render stage writes exactly these into the table definition and the validate stage
 * checks exactly these names (length, clashes across the schema). An {@code @Index} naming a
 * component that is no column, or none at all, is left out: validation reports it, and it has no
 * name to check.
 */
final class TableIndexes {
  private TableIndexes() {}

  /** The indexes of {@code table}, whose foreign keys are {@code held}, in creation order. */
  static List<TableIndex> of(TableModel table, List<Link> held, List<Junction> through) {
    String name = table.tableName();
    List<TableIndex> indexes = new ArrayList<>();
    for (IndexModel index : table.indexes()) {
      List<String> columns = columns(table, index.components());
      if (columns.isEmpty()) {
        continue;
      }
      boolean named = !index.name().isEmpty();
      indexes.add(new TableIndex(table,
          named ? index.name() : Naming.indexName(name, columns, index.unique()),
          columns, index.unique(), named, new TableIndex.Declared(index)));
    }
    for (ColumnModel column : table.columns()) {
      List<String> columns = List.of(column.columnName());
      if (column.unique()
          && indexes.stream().noneMatch(i -> i.unique() && i.columns().equals(columns))) {
        indexes.add(new TableIndex(table, Naming.indexName(name, columns, true), columns, true,
            false, new TableIndex.UniqueColumn(column)));
      }
    }
    for (Junction junction : through) {
      List<String> pair = List.of(junction.sourceColumn(), junction.targetColumn());
      if (indexes.stream().noneMatch(i -> i.unique() && i.columns().size() == 2
          && i.columns().containsAll(pair))) {
        indexes.add(new TableIndex(table, junction.indexName(), pair, true, false,
            new TableIndex.ThroughPair(junction)));
      }
    }
    for (Link link : held) {
      String column = link.foreignKey().columnName();
      boolean unique = link.association().kind() == AssociationKind.HAS_ONE
          && link.association().unique();
      int existing = indexOn(indexes, column);
      if (existing < 0) {
        indexes.add(new TableIndex(table, Naming.indexName(name, List.of(column), unique),
            List.of(column), unique, false, new TableIndex.ForeignKeyColumn(link)));
      } else if (unique
          && indexes.get(existing).origin() instanceof TableIndex.ForeignKeyColumn) {
        // The belongsTo side came first; the hasOne's unique = true still decides.
        indexes.set(existing, new TableIndex(table,
            Naming.indexName(name, List.of(column), true), List.of(column), true, false,
            new TableIndex.ForeignKeyColumn(link)));
      }
    }
    return List.copyOf(indexes);
  }

  /** Position of the first index starting with {@code column}, or -1. */
  private static int indexOn(List<TableIndex> indexes, String column) {
    for (int i = 0; i < indexes.size(); i++) {
      if (indexes.get(i).columns().get(0).equals(column)) {
        return i;
      }
    }
    return -1;
  }

  /** The column names of {@code components}; empty when any of them is not a column. */
  private static List<String> columns(TableModel table, List<String> components) {
    List<String> columns = new ArrayList<>();
    for (String component : components) {
      Optional<ColumnModel> column = table.column(component);
      if (column.isEmpty()) {
        return List.of();
      }
      columns.add(column.get().columnName());
    }
    return columns;
  }
}
