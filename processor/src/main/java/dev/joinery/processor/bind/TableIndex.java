package dev.joinery.processor.bind;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.IndexModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * One index of a table, its name resolved.
 *
 * @param table the table it is created on
 * @param name its name, given or derived
 * @param columns column names, in index order (never empty)
 * @param named whether the user wrote the name ({@code @Index(name)})
 * @param origin the declaration that asks for it
 */
public record TableIndex(TableModel table, String name, List<String> columns, boolean unique,
    boolean named, TableIndex.Origin origin) {
  public TableIndex {
    columns = List.copyOf(columns);
  }

  /**
   * What asks for an index: an {@code @Index}, a unique column, a foreign key or the key pair of
   * a through record.
   */
  public sealed interface Origin permits Declared, UniqueColumn, ForeignKeyColumn, ThroughPair {}

  /** An {@code @Index} on the record. */
  public record Declared(IndexModel index) implements Origin {}

  /** A column with {@code @Column(unique = true)}. */
  public record UniqueColumn(ColumnModel column) implements Origin {}

  /** The foreign key of a hasOne, hasMany or belongsTo, indexed on the table holding it. */
  public record ForeignKeyColumn(Link link) implements Origin {}

  /**
   * The two key columns of a through record's table, unique together: one link per pair, as
   * Sequelize makes it, which the {@code add} mixins rely on to skip existing links.
   */
  public record ThroughPair(Junction junction) implements Origin {}
}
