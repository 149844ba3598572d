package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * A hasOne, hasMany or belongsTo association whose keys all resolve to columns: the foreign key
 * {@code holder.foreignKey} references {@code referenced.referencedKey}. Rules that compare keys
 * (types, nullability, inverse pairs, cycles) work on links only, so an association with a
 * missing key or target yields just the error that says so.
 *
 * @param source the record declaring the association
 * @param association the association as declared
 * @param target the association's target record
 * @param holder the record holding the foreign key (target for hasOne/hasMany, else source)
 * @param foreignKey the foreign-key column
 * @param referenced the record the key points at (source for hasOne/hasMany, else target)
 * @param referencedKey the referenced column (sourceKey/targetKey, or the @Id)
 */
record Link(
    TableModel source,
    AssociationModel association,
    TableModel target,
    TableModel holder,
    ColumnModel foreignKey,
    TableModel referenced,
    ColumnModel referencedKey) {

  boolean isBelongsTo() {
    return association.kind() == AssociationKind.BELONGS_TO;
  }
}
