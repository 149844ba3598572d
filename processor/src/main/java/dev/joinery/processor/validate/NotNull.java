package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * Why a column is NOT NULL and what makes it nullable, for the messages about SET NULL and
 * foreign-key cycles, which must tell the user which declaration to change.
 */
final class NotNull {
  private NotNull() {}

  /** "primitive long", "@NotNull", "@Id", "nullable = false". */
  static String reason(ColumnModel column) {
    if (column.id()) {
      return "@Id";
    }
    if (column.primitive()) {
      return "primitive " + TypeText.simple(column.type());
    }
    if (column.notNull()) {
      return "@NotNull";
    }
    return "@Column(nullable = false)";
  }

  /** "declare `Long customerId` in Address", "remove @NotNull from Address.customerId", ... */
  static String fix(TableModel table, ColumnModel column) {
    String where = table.recordName() + "." + column.property();
    if (column.id()) {
      return "a foreign key that is also the @Id of " + table.recordName()
          + " cannot be nullable; use a separate key component";
    }
    if (column.primitive()) {
      return "declare `" + TypeText.boxed(column) + " " + column.property() + "` in "
          + table.recordName() + (column.notNull() ? " without @NotNull" : "");
    }
    if (column.notNull()) {
      return "remove @NotNull from " + where;
    }
    return "remove nullable = false from " + where;
  }
}
