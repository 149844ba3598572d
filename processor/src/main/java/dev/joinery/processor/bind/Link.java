package dev.joinery.processor.bind;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * The resolved keys of a hasOne, hasMany or belongsTo: the foreign-key column of {@code holder}
 * (the target for hasOne/hasMany, the source for belongsTo) references {@code referencedKey} of
 * {@code referenced}. Bound once per association whose target is a table of the round and whose
 * key components both exist; an association with a missing key or target has no link, and only
 * the rule that says so reports on it.
 *
 * @param source the record declaring the association
 * @param association the association as declared
 * @param holder the record holding the foreign key
 * @param foreignKey the foreign-key column (given or defaulted component)
 * @param referenced the record the key points at
 * @param referencedKey the referenced column (sourceKey/targetKey, or the {@code @Id})
 */
public record Link(
    TableModel source,
    AssociationModel association,
    TableModel holder,
    ColumnModel foreignKey,
    TableModel referenced,
    ColumnModel referencedKey) {

  public boolean isBelongsTo() {
    return association.kind() == AssociationKind.BELONGS_TO;
  }

  /** The association's target: the holder of a hasOne/hasMany, the referenced of a belongsTo. */
  public TableModel target() {
    return isBelongsTo() ? referenced : holder;
  }

  /** The foreign-key component's name. */
  public String foreignKeyName() {
    return foreignKey.property();
  }

  /** What makes two declarations one constraint: the same column referencing the same key. */
  List<String> keyIdentity() {
    return List.of(holder.qualifiedName(), foreignKey.property(),
        referenced.qualifiedName(), referencedKey.property());
  }
}
