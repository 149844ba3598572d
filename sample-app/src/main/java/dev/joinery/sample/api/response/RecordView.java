package dev.joinery.sample.api.response;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.sample.api.request.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record tree as the same nested map {@code findAllAsMaps} gives for a query, so a created or
 * updated row reads exactly like a listed one: component name to value, loaded associations
 * nested under their names, write-only columns left out. Built from the table's metadata, with
 * no reflection.
 */
public final class RecordView {
  private final Secrets secrets;

  public RecordView(Secrets secrets) {
    this.secrets = secrets;
  }

  public <T> Map<String, Object> toMap(TableMeta<T> table, T row) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (TableColumn<T, ?> column : table.columns()) {
      if (!secrets.isSecret(column)) {
        map.put(column.property(), column.get(row));
      }
    }
    for (Association<T, ?> association : table.associations()) {
      addAssociation(map, association, row);
    }
    return map;
  }

  /** Adds a loaded association; one that was not loaded ({@code null}) stays out. */
  private <T, A> void addAssociation(Map<String, Object> map, Association<T, A> association,
      T row) {
    TableMeta<A> target = association.target();
    if (association.toMany()) {
      List<A> rows = association.getMany(row);
      if (rows != null) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (A each : rows) {
          maps.add(toMap(target, each));
        }
        map.put(association.name(), maps);
      }
    } else {
      A one = association.getOne(row);
      if (one != null) {
        map.put(association.name(), toMap(target, one));
      }
    }
  }
}
