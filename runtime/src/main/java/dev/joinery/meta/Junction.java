package dev.joinery.meta;

/**
 * The junction table of a belongsToMany association.
 *
 * @param table junction table name ({@code through})
 * @param sourceColumn junction column referencing the source's key ({@code foreignKey})
 * @param targetColumn junction column referencing the target's key ({@code otherKey})
 */
public record Junction(String table, String sourceColumn, String targetColumn) {}
