package dev.joinery.processor.model;

import dev.joinery.meta.AssociationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indexes of one table with their names resolved, and the declaration behind each: the
 * record's {@code @Index}es (named {@code <table>_<cols>[_unique]} unless {@code @Index(name)}),
 * then its {@code @Column(unique = true)} columns not already covered by a unique
 * {@code @Index} ({@code <table>_<col>_unique}), then the index Sequelize puts on each hasOne
 * foreign key that no earlier index starts with ({@code <table>_<col>}, unique with
 * {@code @HasOne(unique = true)}).
 *
 * <p>The render stage writes exactly these into the table definition and the validate stage
 * checks exactly these names (length, clashes across the schema), so both stages agree on what a
 * default name is. An {@code @Index} naming a component that is no column, or none at all, is
 * left out: validation reports it, and it has no name to check.
 */
public final class Indexes {
  private final Keys keys;

  public Indexes(Keys keys) {
    this.keys = keys;
  }

  /** The indexes of {@code table}, in the order they are created. */
  public List<TableIndex> of(TableModel table) {
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
          columns, index.unique(), named, new Declared(index)));
    }
    for (ColumnModel column : table.columns()) {
      List<String> columns = List.of(column.columnName());
      if (column.unique()
          && indexes.stream().noneMatch(i -> i.unique() && i.columns().equals(columns))) {
        indexes.add(new TableIndex(table, Naming.indexName(name, columns, true), columns, true,
            false, new UniqueColumn(column)));
      }
    }
    for (Keys.Link link : keys.links()) {
      if (link.isComplete() && link.holder().qualifiedName().equals(table.qualifiedName())) {
        String column = link.foreignKey().orElseThrow().columnName();
        boolean unique = link.association().kind() == AssociationKind.HAS_ONE
            && link.association().unique();
        int existing = indexOn(indexes, column);
        if (existing < 0) {
          indexes.add(new TableIndex(table, Naming.indexName(name, List.of(column), unique),
              List.of(column), unique, false, new ForeignKeyColumn(link)));
        } else if (unique && indexes.get(existing).origin() instanceof ForeignKeyColumn) {
          // The belongsTo side came first; the hasOne's unique = true still decides.
          indexes.set(existing, new TableIndex(table,
              Naming.indexName(name, List.of(column), true), List.of(column), true, false,
              new ForeignKeyColumn(link)));
        }
      }
    }
    return indexes;
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

  /**
   * One index of a table.
   *
   * @param table the table it is created on
   * @param name its name, given or derived
   * @param columns column names, in index order (never empty)
   * @param named whether the user wrote the name ({@code @Index(name)})
   * @param origin the declaration that asks for it
   */
  public record TableIndex(TableModel table, String name, List<String> columns, boolean unique,
      boolean named, Origin origin) {
    public TableIndex {
      columns = List.copyOf(columns);
    }
  }

  /** What asks for an index: an {@code @Index}, a unique column or a foreign key. */
  public sealed interface Origin permits Declared, UniqueColumn, ForeignKeyColumn {}

  /** An {@code @Index} on the record. */
  public record Declared(IndexModel index) implements Origin {}

  /** A column with {@code @Column(unique = true)}. */
  public record UniqueColumn(ColumnModel column) implements Origin {}

  /** The foreign key of a hasOne, hasMany or belongsTo, indexed on the table holding it. */
  public record ForeignKeyColumn(Keys.Link link) implements Origin {}
}
