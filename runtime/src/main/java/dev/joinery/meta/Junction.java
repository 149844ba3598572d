package dev.joinery.meta;

/**
 * The junction table of a belongsToMany association.
 *
 * @param table junction table name ({@code through}, or the through record's table)
 * @param sourceColumn junction column referencing the source's key ({@code foreignKey})
 * @param targetColumn junction column referencing the target's key ({@code otherKey})
 * @param record the through record whose table this is, or {@code null} for a generated junction
 */
public record Junction(String table, String sourceColumn, String targetColumn,
    ThroughRecord<?> record) {

  /** A generated junction: two key columns, no record. */
  public Junction(String table, String sourceColumn, String targetColumn) {
    this(table, sourceColumn, targetColumn, null);
  }
}
