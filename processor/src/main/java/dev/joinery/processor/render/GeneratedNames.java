package dev.joinery.processor.render;

import com.palantir.javapoet.ClassName;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * The classes Joinery generates for a record, as JavaPoet names: {@code CustomerTable},
 * {@code CustomerDao}; {@code Outer_InnerTable} for a nested record. (The constants inside them
 * are bound with the graph, {@link dev.joinery.processor.bind.SchemaGraph#constant}.)
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  static ClassName record(TableModel table) {
    List<String> names = table.simpleNames();
    return ClassName.get(table.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(String[]::new));
  }

  public static ClassName table(TableModel table) {
    return ClassName.get(table.packageName(), String.join("_", table.simpleNames()) + "Table");
  }

  public static ClassName dao(TableModel table) {
    return ClassName.get(table.packageName(), String.join("_", table.simpleNames()) + "Dao");
  }
}
