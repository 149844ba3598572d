package dev.joinery.processor.bind;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Objects;

/**
 * One foreign-key constraint with its name and rules resolved (never DEFAULT).
 *
 * @param declaredBy the associations declaring it: one, or an inverse pair
 */
public record ForeignKey(
    TableModel holder,
    ColumnModel column,
    TableModel referenced,
    ColumnModel referencedColumn,
    String name,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    List<Link> declaredBy) {
  public ForeignKey {
    Objects.requireNonNull(onDelete);
    Objects.requireNonNull(onUpdate);
    declaredBy = List.copyOf(declaredBy);
  }
}
