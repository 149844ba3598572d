package dev.joinery.processor.render;

import static dev.joinery.processor.render.RuntimeTypes.COLUMN;
import static dev.joinery.processor.render.RuntimeTypes.VALUE_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.ColumnDef;

/**
 * Writes the initializer of a column constant, the one place generated code describes a column:
 * <pre>{@code
 * TableColumn.<Customer, String>builder("customers", "firstname", ValueType.STRING)
 *     .ordinal(1).component("firstname", 1).get(Customer::firstname)
 *     .length(100).build()
 * }</pre>
 * The DDL facts are those of {@link TableDefs#column}, the same the DDL resources are written
 * from, written as refinements only where they differ from {@link ColumnDef#of}; the table's
 * definition is then derived from the constants at run time.
 */
final class ColumnConstants {
  private ColumnConstants() {}

  /** {@code def}: the column's definition as {@link TableDefs#column(TableModel, ColumnModel)} resolves it. */
  static CodeBlock initializer(TableModel table, ColumnModel column, ColumnDef def) {
    ClassName record = GeneratedNames.record(table);
    TypeName value = TypeName.get(column.type()).withoutAnnotations().box();
    return CodeBlock.builder()
        .add("$>$>\n$T.<$T, $T>builder($S, $S,$W$T.$L)\n$>$>", COLUMN, record, value,
            table.tableName(), column.columnName(), VALUE_TYPE, column.valueType().name())
        .add(".ordinal($L).component($S, $L).get($T::$L)\n", column.ordinal(), column.property(),
            column.component(), record, column.property())
        .add("$L.build()$<$<$<$<",
            refinements(column, def, table.components().get(column.component())))
        .build();
  }

  private static CodeBlock refinements(ColumnModel column, ColumnDef def,
      ComponentModel component) {
    ColumnDef base = ColumnDef.of(def.name(), def.type());
    CodeBlock.Builder code = CodeBlock.builder();
    if (component.renamedInJson()) {
      code.add(".jsonName($S)", component.jsonName());
    }
    if (column.id()) {
      code.add(".primaryKey()");
    }
    if (def.autoIncrement()) {
      code.add(".autoIncrement()");
    }
    if (column.uuidV4()) {
      code.add(".uuidV4()");
    }
    if (column.createdAt()) {
      code.add(".createdAt()");
    }
    if (column.updatedAt()) {
      code.add(".updatedAt()");
    }
    if (column.version()) {
      code.add(".version()");
    }
    if (column.secret()) {
      code.add(".secret()");
    }
    if (column.deletedAt()) {
      code.add(".deletedAt()");
    }
    if (column.valueType() == ValueType.ENUM) {
      // Lets a value be read by name (joinery-jackson) without reflection on the enum.
      code.add(".enumConstants($T.values())", TypeName.get(column.type()).withoutAnnotations());
    }
    // Implied by primaryKey() and autoIncrement().
    if (!def.nullable() && !column.id() && !def.autoIncrement()) {
      code.add(".notNull()");
    }
    if (def.text()) {
      code.add(".text()");
      if (def.length() > 0) {
        code.add(".length($L)", def.length());
      }
    } else if (def.length() != base.length()) {
      code.add(".length($L)", def.length());
    }
    if (def.unsigned()) {
      code.add(".unsigned()");
    }
    if (def.precision() != base.precision() || def.scale() != base.scale()) {
      code.add(".precision($L, $L)", TableDefCode.precision(def), def.scale());
    }
    if (def.defaultValue() != null) {
      code.add(".defaultValue($S)", def.defaultValue());
    }
    if (def.collation() != null) {
      code.add(".collation($S)", def.collation());
    }
    return code.build();
  }
}
