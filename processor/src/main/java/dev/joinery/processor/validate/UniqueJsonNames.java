package dev.joinery.processor.validate;

import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.Map;

/**
 * No two components of a record share a key in the map/JSON view, whether one is renamed by
 * {@code @JsonName} onto another's name or two are renamed alike: one value would hide the other,
 * and a JSON body could not say which it means. Reported on the later {@code @JsonName}.
 */
final class UniqueJsonNames implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      Map<String, ComponentModel> first = new HashMap<>();
      // Plain names first: a rename is what collides with them, whatever the order.
      for (ComponentModel component : table.components()) {
        if (!component.renamedInJson()) {
          first.putIfAbsent(component.jsonName(), component);
        }
      }
      for (ComponentModel component : table.components()) {
        if (!component.renamedInJson()) {
          continue;
        }
        ComponentModel earlier = first.putIfAbsent(component.jsonName(), component);
        if (earlier != null) {
          report.error(Message.DUPLICATE_JSON_NAME, component.jsonNameSource(), table,
              component.jsonName(), table.recordName(), component.name(), earlier.name());
        }
      }
    }
  }
}
