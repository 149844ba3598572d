package dev.joinery.processor.model;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.AssociationKind;

/**
 * One association component as declared. Key fields hold what the annotation says, with empty
 * strings where it says nothing; {@link dev.joinery.processor.bind} resolves defaults, the
 * validate stage checks them against the target, and the render stage reads the bound graph.
 *
 * @param source the component; annotation is the association annotation, values point at members
 * @param kind hasOne, belongsTo, hasMany or belongsToMany
 * @param name the component name (the alias)
 * @param component index among the record's components
 * @param isList whether the component type is a {@code java.util.List}
 * @param targetQualifiedName canonical name of the target record (the list's element type for
 *     to-many), or {@code null} when the type is not a declared type
 * @param foreignKey {@code foreignKey}, "" when not given
 * @param sourceKey {@code sourceKey} (hasOne/hasMany), "" when not given or not applicable
 * @param targetKey {@code targetKey} (belongsTo), "" when not given or not applicable
 * @param through junction table name (belongsToMany), "" otherwise
 * @param otherKey junction column to the target (belongsToMany), "" when not given
 * @param uniqueKey foreign-key constraint name, "" when not given
 * @param throughRecord canonical name of {@code @BelongsToMany(throughRecord)}, "" when not given
 *     ({@code null} when it names no declared type)
 * @param linked whether the list's elements are {@code dev.joinery.Linked<T, L>}: targets with
 *     their link row (the target is then {@code T})
 * @param linkPayload canonical name of {@code L} in {@code Linked<T, L>}, {@code null} when not
 *     linked or not a declared type
 * @param secret whether the component carries {@code @Secret}, which only columns take (read so
 *     that the validate stage can report it)
 */
public record AssociationModel(
    SourceRef source,
    AssociationKind kind,
    String name,
    int component,
    boolean isList,
    String targetQualifiedName,
    String foreignKey,
    String sourceKey,
    String targetKey,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    boolean constraints,
    boolean unique,
    String uniqueKey,
    String through,
    String otherKey,
    String throughRecord,
    boolean linked,
    String linkPayload,
    boolean secret) {

  /** Whether a {@code @Table} record's table is the junction (with payload columns). */
  public boolean hasThroughRecord() {
    return throughRecord == null || !throughRecord.isEmpty();
  }
}
