package dev.joinery.schema;

import dev.joinery.annotation.ReferentialAction;
import java.util.List;

/**
 * A foreign-key constraint. The actions are resolved: never {@link ReferentialAction#DEFAULT}.
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {
  public ForeignKeyDef {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (onDelete == ReferentialAction.DEFAULT || onUpdate == ReferentialAction.DEFAULT) {
      throw new IllegalArgumentException("resolve DEFAULT before building " + name);
    }
  }
}
