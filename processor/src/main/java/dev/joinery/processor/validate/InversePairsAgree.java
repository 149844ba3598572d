package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hasOne/hasMany on one record and a belongsTo on the other with the same foreign key are one
 * link and yield one constraint, so they must agree: on the referenced key, and on
 * {@code onDelete}/{@code onUpdate} where both sides state one ({@code DEFAULT} defers to the
 * other side). When the two records are joined by exactly one association each way and their
 * foreign keys differ, the user almost certainly meant one link and mistyped a key.
 *
 * <p>Errors go on the belongsTo side, the record that holds the foreign key.
 */
final class InversePairsAgree implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    // Links grouped by (owner, holder), in the order of the records: one pass over the links.
    IdentityHashMap<TableModel, Integer> order = new IdentityHashMap<>();
    List<TableModel> tables = graph.tables();
    for (int i = 0; i < tables.size(); i++) {
      order.putIfAbsent(tables.get(i), i);
    }
    Map<Long, List<Link>> pairs = new TreeMap<>();
    for (Link link : graph.links()) {
      Integer owner = order.get(link.referenced());
      Integer holder = order.get(link.holder());
      if (owner != null && holder != null) {
        pairs.computeIfAbsent((long) owner * tables.size() + holder, k -> new ArrayList<>())
            .add(link);
      }
    }
    for (List<Link> links : pairs.values()) {
      check(links, report);
    }
  }

  /** The links from one owner (hasOne/hasMany side) to one holder (belongsTo side). */
  private static void check(List<Link> links, ValidationReport report) {
    List<Link> has = new ArrayList<>();
    List<Link> belongs = new ArrayList<>();
    for (Link link : links) {
      (link.isBelongsTo() ? belongs : has).add(link);
    }
    List<Link> unpairedHas = new ArrayList<>(has);
    List<Link> unpairedBelongs = new ArrayList<>();
    for (Link b : belongs) {
      Link h = has.stream()
          .filter(l -> l.foreignKey().property().equals(b.foreignKey().property()))
          .findFirst().orElse(null);
      if (h == null) {
        unpairedBelongs.add(b);
        continue;
      }
      unpairedHas.remove(h);
      agree(h, b, report);
    }
    if (has.size() == 1 && belongs.size() == 1 && unpairedHas.size() == 1
        && unpairedBelongs.size() == 1) {
      Link h = unpairedHas.get(0);
      Link b = unpairedBelongs.get(0);
      report.error(Message.INVERSE_FOREIGN_KEY,
          Where.member(b.association().source(), "foreignKey"), b.source(),
          b.source().recordName(), b.association().name(), b.foreignKey().property(),
          RoundGraph.annotationName(h.association().kind()), h.source().recordName(),
          h.association().name(), h.foreignKey().property());
    }
  }

  private static void agree(Link has, Link belongs, ValidationReport report) {
    if (!has.referencedKey().property().equals(belongs.referencedKey().property())) {
      report.error(Message.INVERSE_REFERENCED_KEY,
          Where.member(belongs.association().source(), "targetKey"), belongs.source(),
          belongs.source().recordName(), belongs.association().name(),
          qualified(belongs.referenced(), belongs.referencedKey().property()),
          RoundGraph.annotationName(has.association().kind()), has.source().recordName(),
          has.association().name(), qualified(has.referenced(), has.referencedKey().property()),
          belongs.foreignKey().property());
    }
    action(has, belongs, "onDelete", has.association().onDelete(),
        belongs.association().onDelete(), report);
    action(has, belongs, "onUpdate", has.association().onUpdate(),
        belongs.association().onUpdate(), report);
  }

  private static void action(Link has, Link belongs, String member, ReferentialAction onHas,
      ReferentialAction onBelongs, ValidationReport report) {
    if (onHas == ReferentialAction.DEFAULT || onBelongs == ReferentialAction.DEFAULT
        || onHas == onBelongs) {
      return;
    }
    report.error(Message.INVERSE_ACTION, Where.member(belongs.association().source(), member),
        belongs.source(), belongs.source().recordName(), belongs.association().name(), member,
        onBelongs.name(), RoundGraph.annotationName(has.association().kind()),
        has.source().recordName(), has.association().name(), onHas.name(),
        belongs.foreignKey().property());
  }

  private static String qualified(TableModel table, String component) {
    return table.recordName() + "." + component;
  }
}
