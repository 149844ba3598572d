package dev.joinery.processor.render;

import static dev.joinery.processor.render.RuntimeTypes.COLUMN_DEF;
import static dev.joinery.processor.render.RuntimeTypes.FOREIGN_KEY_DEF;
import static dev.joinery.processor.render.RuntimeTypes.INDEX_DEF;
import static dev.joinery.processor.render.RuntimeTypes.LIST;
import static dev.joinery.processor.render.RuntimeTypes.REFERENTIAL_ACTION;
import static dev.joinery.processor.render.RuntimeTypes.TABLE_DEF;
import static dev.joinery.processor.render.RuntimeTypes.VALUE_TYPE;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.util.List;

/**
 * Writes a {@link TableDef} as the Java expression that rebuilds it, laid out as a person would
 * write it: a column per line, {@code ColumnDef} refinements only where they differ from
 * {@link ColumnDef#of}'s defaults.
 */
final class TableDefCode {
  private TableDefCode() {}

  static CodeBlock of(TableDef table) {
    return CodeBlock.builder()
        .add("new $T(\n$>$>", TABLE_DEF)
        .add("$S,\n", table.name())
        .add("$L,\n", list(COLUMN_DEF,
            table.columns().stream().map(TableDefCode::column).toList(), true))
        .add("$L,\n", strings(table.primaryKey()))
        .add("$L,\n", indexes(table.indexes()))
        .add("$L)$<$<", foreignKeys(table.foreignKeys()))
        .build();
  }

  static CodeBlock column(ColumnDef column) {
    ColumnDef base = ColumnDef.of(column.name(), column.type());
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.of($S, $T.$L)", COLUMN_DEF, column.name(), VALUE_TYPE, column.type().name());
    if (column.text()) {
      code.add(".asText()");
      if (column.length() > 0) {
        code.add(".withLength($L)", column.length());
      }
    } else if (column.length() != base.length()) {
      code.add(".withLength($L)", column.length());
    }
    if (column.unsigned()) {
      code.add(".asUnsigned()");
    }
    if (column.precision() != base.precision() || column.scale() != base.scale()) {
      code.add(".withPrecision($L, $L)", precision(column), column.scale());
    }
    if (column.autoIncrement()) {
      code.add(".asAutoIncrement()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    if (column.defaultValue() != null) {
      code.add(".withDefault($S)", column.defaultValue());
    }
    if (column.collation() != null) {
      code.add(".withCollation($S)", column.collation());
    }
    return code.build();
  }

  /**
   * The precision as written in code: a number, or the constant that leaves a timestamp's digits
   * to the database, which says what {@code -1} would not.
   */
  static CodeBlock precision(ColumnDef column) {
    return column.precision() == ColumnDef.DATABASE_FRACTIONAL_DIGITS
        ? CodeBlock.of("$T.DATABASE_FRACTIONAL_DIGITS", COLUMN_DEF)
        : CodeBlock.of("$L", column.precision());
  }

  /** The indexes as a {@code List.<IndexDef>of(...)}. */
  static CodeBlock indexes(List<IndexDef> indexes) {
    return list(INDEX_DEF, indexes.stream().map(TableDefCode::index).toList(), false);
  }

  /** The foreign keys as a {@code List.<ForeignKeyDef>of(...)}. */
  static CodeBlock foreignKeys(List<ForeignKeyDef> foreignKeys) {
    return list(FOREIGN_KEY_DEF,
        foreignKeys.stream().map(TableDefCode::foreignKey).toList(), false);
  }

  private static CodeBlock index(IndexDef index) {
    return CodeBlock.of("new $T($S, $L, $L)", INDEX_DEF, index.name(), strings(index.columns()),
        index.unique());
  }

  private static CodeBlock foreignKey(ForeignKeyDef key) {
    return CodeBlock.of("new $T($S, $L,\n$>$>$S, $L, $T.$L,$W$T.$L)$<$<",
        FOREIGN_KEY_DEF, key.name(), strings(key.columns()),
        key.referencedTable(), strings(key.referencedColumns()),
        REFERENTIAL_ACTION, key.onDelete().name(), REFERENTIAL_ACTION, key.onUpdate().name());
  }

  /** {@code List.<String>of("a", "b")}. */
  static CodeBlock strings(List<String> values) {
    CodeBlock items = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.<$T>of($L)", LIST, String.class, items);
  }

  /**
   * {@code List.<E>of(...)}: one item inline, several (or always, if asked) one per line. The
   * element type is written out because these lists sit in constructor arguments, where javac
   * would otherwise infer it speculatively for each of {@code List.of}'s twelve overloads (with
   * the mixins' type arguments: 17.0 to 15.4 s of CPU to compile 500 tables' output,
   * BENCHMARKS.md).
   */
  static CodeBlock list(TypeName element, List<CodeBlock> items, boolean alwaysOnePerLine) {
    if (items.isEmpty()) {
      return CodeBlock.of("$T.<$T>of()", LIST, element);
    }
    if (items.size() == 1 && !alwaysOnePerLine) {
      return CodeBlock.of("$T.<$T>of($L)", LIST, element, items.get(0));
    }
    return CodeBlock.builder()
        .add("$T.<$T>of(\n$>$>", LIST, element)
        .add(CodeBlock.join(items, ",\n"))
        .add(")$<$<")
        .build();
  }
}
