package dev.joinery.processor.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of what Joinery generates for a record: the classes ({@code CustomerTable},
 * {@code CustomerDao}; {@code Outer_InnerTable} for a nested record) and the constant of each
 * component ({@code firstName} → {@code FIRST_NAME}). Every writer that refers to a constant asks
 * here, so a constant renamed to avoid a clash ({@code instance} → {@code INSTANCE_}) is renamed
 * everywhere.
 */
public final class GeneratedNames {
  /** Members of every XTable that a component's constant must not shadow. */
  private static final List<String> RESERVED = List.of("INSTANCE", "COLUMNS", "ASSOCIATIONS", "DEFINITION");

  private final Map<String, Map<String, String>> constants = new HashMap<>();

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

  /** The constant of the column or association component {@code component} of {@code table}. */
  String constant(TableModel table, String component) {
    String name = constants.computeIfAbsent(table.qualifiedName(), k -> allocate(table)).get(component);
    if (name == null) {
      throw new IllegalArgumentException(table.qualifiedName() + " has no component " + component);
    }
    return name;
  }

  private static Map<String, String> allocate(TableModel table) {
    NameAllocator allocator = new NameAllocator();
    RESERVED.forEach(allocator::newName);
    Map<String, String> names = new HashMap<>();
    for (ComponentModel component : table.components()) {
      names.put(component.name(), allocator.newName(Naming.constantName(component.name())));
    }
    return names;
  }
}
