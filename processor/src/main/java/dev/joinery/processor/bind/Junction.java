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
 * names of every other key and turned into columns by the same rule as the declaring record's
 * columns: {@code movieId} → {@code movie_id} (or {@code movieId} in the Sequelize naming mode).
 * Both default to {@code <record>Id}, so to {@code <record>_id}.
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
 * @param throughRecord the {@code @Table} record whose table is the junction
 *     ({@code throughRecord}), empty for a generated junction
 * @param sourceLink the through record's {@code @BelongsTo} to the source, whose foreign key is
 *     {@code sourceColumn}; empty for a generated junction or when none resolves
 * @param targetLink the through record's {@code @BelongsTo} to the target, as {@code sourceLink}
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
    String targetForeignKeyName,
    Optional<TableModel> throughRecord,
    Optional<Link> sourceLink,
    Optional<Link> targetLink) {

  /**
   * The junction of a belongsToMany through a {@code @Table} record: its table, and its two key
   * columns from the record's {@code @BelongsTo} to each side ({@code belongsTos}, the record's
   * resolved belongsTo links). A written {@code foreignKey}/{@code otherKey} picks the one whose
   * foreign key component it names; unwritten, the side's only one is taken. The columns are ""
   * and the keys empty when that finds none or several: validation says which to write.
   */
  static Junction throughRecord(TableModel source, AssociationModel association, TableModel target,
      TableModel through, List<Link> belongsTos) {
    Optional<Link> sourceLink = side(belongsTos, source, association.foreignKey());
    Optional<Link> targetLink = side(belongsTos, target, association.otherKey());
    String table = through.tableName();
    String sourceColumn = sourceLink.map(l -> l.foreignKey().columnName()).orElse("");
    String targetColumn = targetLink.map(l -> l.foreignKey().columnName()).orElse("");
    return new Junction(source, association, target, table, sourceColumn, targetColumn,
        sourceLink.map(Link::referencedKey), targetLink.map(Link::referencedKey),
        Naming.indexName(table, List.of(sourceColumn, targetColumn), true), "", "",
        Optional.of(through), sourceLink, targetLink);
  }

  /** The belongsTo to {@code side} over the written key, or the only one when none is written. */
  static Optional<Link> side(List<Link> belongsTos, TableModel side, String key) {
    List<Link> toSide = belongsTos.stream()
        .filter(l -> l.referenced().qualifiedName().equals(side.qualifiedName())).toList();
    if (!key.isEmpty()) {
      return toSide.stream().filter(l -> l.foreignKey().property().equals(key)).findFirst();
    }
    return toSide.size() == 1 ? Optional.of(toSide.get(0)) : Optional.empty();
  }

  static Junction of(TableModel source, AssociationModel association, TableModel target) {
    String table = association.through();
    String sourceColumn = column(association.foreignKey(), source, source);
    String targetColumn = column(association.otherKey(), target, source);
    return new Junction(source, association, target, table, sourceColumn, targetColumn,
        source.primaryKey(), target.primaryKey(),
        Naming.indexName(table, List.of(targetColumn), false),
        Naming.foreignKeyName(table, sourceColumn), Naming.foreignKeyName(table, targetColumn),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The column of a written key, or of the default {@code <record>Id} when none is written, named
   * by the declaring record's mode: {@code tutorial_id}, or {@code TutorialId} as Sequelize's
   * default {@code through} model has it.
   */
  private static String column(String key, TableModel side, TableModel declaring) {
    return declaring.naming().columnName(
        key.isEmpty() ? declaring.naming().hasForeignKey(side) : key);
  }

  /** Whether it makes a table of its own: named, with a key on both sides, no through record. */
  public boolean isComplete() {
    return throughRecord.isEmpty() && !table.isEmpty() && sourceKey.isPresent()
        && targetKey.isPresent();
  }

  /** Whether a {@code @Table} record's table is the junction. */
  public boolean hasThroughRecord() {
    return throughRecord.isPresent();
  }

  /** Whether both key columns resolved (always for a generated junction). */
  public boolean keysResolved() {
    return throughRecord.isEmpty() || (sourceLink.isPresent() && targetLink.isPresent());
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
