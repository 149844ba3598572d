package dev.joinery.processor.bind;

import com.palantir.javapoet.NameAllocator;
import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constant of each component in the record's {@code XTable} ({@code firstName} →
 * {@code FIRST_NAME}), renamed where it would clash with a member every XTable has
 * ({@code instance} → {@code INSTANCE_}) or with another component's constant. Every writer that
 * refers to a constant, in its own XTable or another's, reads it from here.
 */
final class ConstantNames {
  /** Members of every XTable that a component's constant must not shadow. */
  private static final List<String> RESERVED =
      List.of("INSTANCE", "COLUMNS", "ASSOCIATIONS", "DEFINITION");

  private ConstantNames() {}

  static Map<String, String> of(TableModel table) {
    NameAllocator allocator = new NameAllocator();
    RESERVED.forEach(allocator::newName);
    Map<String, String> names = new HashMap<>();
    for (ComponentModel component : table.components()) {
      names.put(component.name(), allocator.newName(Naming.constantName(component.name())));
    }
    return Map.copyOf(names);
  }
}
