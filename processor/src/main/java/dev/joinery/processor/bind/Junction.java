package dev.joinery.processor.bind;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The junction table of one belongsToMany, its columns and generated names resolved: the
 * {@code foreignKey} column points at the source, {@code otherKey} at the target. Both keys name
 * columns (a junction has no record to hold components) but are written like the component
 * names of every other key and turned into columns by the same rule: {@code movieId} →
 * {@code movie_id}. Both default to {@code <record>Id}, so to {@code <record>_id}.
 *
 * @param table the {@code through} table name ("" when not written; validation reports it)
 * @param sourceColumn junction column referencing the source's key ({@code foreignKey})
 * @param targetColumn junction column referencing the target's key ({@code otherKey})
 * @param sourceKey the source's {@code @Id}, empty if it has none
 * @param targetKey the target's {@code @Id}, empty if it has none
 * @param indexName the index on the target column, for lookups from the target side (the
 *     primary key, which starts with the source column, serves the source side)
 * @param sourceForeignKeyName the constraint from the source column to the source's key
 * @param targetForeignKeyName the constraint from the target column to the target's key
 */
public record Junction(
    TableModel source,
    AssociationModel association,
    TableModel target,
    String table,
    String sourceColumn,
    String targetColumn,
    Optional<ColumnModel> sourceKey,
    Optional<ColumnModel> targetKey,
    String indexName,
    String sourceForeignKeyName,
    String targetForeignKeyName) {

  static Junction of(TableModel source, AssociationModel association, TableModel target) {
    String table = association.through();
    String sourceColumn = column(association.foreignKey(), source);
    String targetColumn = column(association.otherKey(), target);
    return new Junction(source, association, target, table, sourceColumn, targetColumn,
        source.primaryKey(), target.primaryKey(),
        Naming.indexName(table, List.of(targetColumn), false),
        Naming.foreignKeyName(table, sourceColumn), Naming.foreignKeyName(table, targetColumn));
  }

  /** The column of a written key, or of the default {@code <record>Id} when none is written. */
  private static String column(String key, TableModel side) {
    return Naming.snakeCase(key.isEmpty() ? Naming.defaultHasForeignKey(side.recordName()) : key);
  }

  /** Whether it makes a table: named, with a key on both sides. */
  public boolean isComplete() {
    return !table.isEmpty() && sourceKey.isPresent() && targetKey.isPresent();
  }

  /** The through name as the databases compare it. */
  public String throughKey() {
    return table.toLowerCase(Locale.ROOT);
  }

  /** A junction name made from the declaration: {@code Tutorial.tags} → {@code tutorial_tags}. */
  public String suggestedThrough() {
    return Naming.junctionTableName(source.recordName(), association.name());
  }
}
