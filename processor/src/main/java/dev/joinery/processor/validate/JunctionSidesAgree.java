package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A junction table serves one many-to-many, declared on one side or on both. When both sides
 * declare it they name the same {@code through} with mirrored keys (one side's
 * {@code foreignKey} is the other's {@code otherKey}). A junction name reused for anything else
 * (other records, or a second association in the same direction) is reported on the later
 * declaration. Two records joined by exactly one belongsToMany each way through different
 * tables are taken as one many-to-many with a mistyped {@code through}.
 */
final class JunctionSidesAgree implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<String, List<JunctionLink>> byThrough = new LinkedHashMap<>();
    for (JunctionLink junction : graph.junctions()) {
      byThrough.computeIfAbsent(junction.throughKey(), k -> new ArrayList<>()).add(junction);
    }
    for (List<JunctionLink> group : byThrough.values()) {
      checkShared(group, report);
    }
    checkThroughs(graph, report);
  }

  private static void checkShared(List<JunctionLink> group, ValidationReport report) {
    JunctionLink first = group.get(0);
    boolean inverseSeen = false;
    for (JunctionLink other : group.subList(1, group.size())) {
      boolean inverse = other.source() == first.target() && other.target() == first.source();
      if (inverse && !inverseSeen) {
        inverseSeen = true;
        if (!other.foreignKey().equalsIgnoreCase(first.otherKey())
            || !other.otherKey().equalsIgnoreCase(first.foreignKey())) {
          report.error(Message.JUNCTION_KEYS_MISMATCH, keyAtFault(first, other), other.source(),
              first.source().recordName(), first.association().name(),
              other.source().recordName(), other.association().name(), other.through(),
              first.foreignKey(), first.otherKey(), other.foreignKey(), other.otherKey());
        }
        continue;
      }
      report.error(Message.JUNCTION_SHARED, Where.member(other.association().source(), "through"),
          other.source(), other.through(), other.source().recordName(),
          other.association().name(), first.source().recordName(), first.association().name());
    }
  }

  /** The written key of {@code other} that breaks the mirror, or its annotation. */
  private static SourceRef keyAtFault(JunctionLink first, JunctionLink other) {
    SourceRef source = other.association().source();
    if (!other.otherKey().equalsIgnoreCase(first.foreignKey()) && Where.isExplicit(source, "otherKey")) {
      return Where.member(source, "otherKey");
    }
    return Where.member(source, "foreignKey");
  }

  private static void checkThroughs(RoundGraph graph, ValidationReport report) {
    List<JunctionLink> all = graph.junctions();
    for (int i = 0; i < all.size(); i++) {
      JunctionLink first = all.get(i);
      if (first.source() == first.target()) {
        continue;
      }
      List<JunctionLink> forward = between(all, first.source(), first.target());
      List<JunctionLink> backward = between(all, first.target(), first.source());
      if (forward.size() != 1 || backward.size() != 1) {
        continue;
      }
      JunctionLink second = backward.get(0);
      if (all.indexOf(second) < i || first.throughKey().equals(second.throughKey())) {
        continue;
      }
      report.error(Message.JUNCTION_THROUGH_MISMATCH,
          Where.member(second.association().source(), "through"), second.source(),
          second.source().recordName(), second.association().name(), second.through(),
          first.source().recordName(), first.association().name(), first.through());
    }
  }

  private static List<JunctionLink> between(List<JunctionLink> all, Object source, Object target) {
    return all.stream().filter(j -> j.source() == source && j.target() == target).toList();
  }
}
