package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, List<Junction>> byThrough = new LinkedHashMap<>();
    for (Junction junction : graph.junctions()) {
      byThrough.computeIfAbsent(junction.throughKey(), k -> new ArrayList<>()).add(junction);
    }
    for (List<Junction> group : byThrough.values()) {
      checkShared(group, report);
    }
    checkThroughs(graph, report);
  }

  private static void checkShared(List<Junction> group, ValidationReport report) {
    Junction first = group.get(0);
    boolean inverseSeen = false;
    for (Junction other : group.subList(1, group.size())) {
      boolean inverse = other.source().equals(first.target()) && other.target().equals(first.source());
      if (inverse && !inverseSeen) {
        inverseSeen = true;
        if (!other.sourceColumn().equalsIgnoreCase(first.targetColumn())
            || !other.targetColumn().equalsIgnoreCase(first.sourceColumn())) {
          report.error(Message.JUNCTION_KEYS_MISMATCH, keyAtFault(first, other), other.source(),
              first.source().recordName(), first.association().name(),
              other.source().recordName(), other.association().name(), other.table(),
              first.sourceColumn(), first.targetColumn(), other.sourceColumn(), other.targetColumn());
        }
        continue;
      }
      report.error(Message.JUNCTION_SHARED, Where.member(other.association().source(), "through"),
          other.source(), other.table(), other.source().recordName(),
          other.association().name(), first.source().recordName(), first.association().name());
    }
  }

  /** The written key of {@code other} that breaks the mirror, or its annotation. */
  private static SourceRef keyAtFault(Junction first, Junction other) {
    SourceRef source = other.association().source();
    if (!other.targetColumn().equalsIgnoreCase(first.sourceColumn()) && Where.isExplicit(source, "otherKey")) {
      return Where.member(source, "otherKey");
    }
    return Where.member(source, "foreignKey");
  }

  private static void checkThroughs(RoundGraph graph, ValidationReport report) {
    List<Junction> all = graph.junctions();
    // The declarations from one record to another, by the pair: one pass, not one per junction.
    Map<List<Object>, List<Integer>> between = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      between.computeIfAbsent(pair(all.get(i).source(), all.get(i).target()),
          k -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < all.size(); i++) {
      Junction first = all.get(i);
      if (first.source().equals(first.target())) {
        continue;
      }
      List<Integer> forward = between.get(pair(first.source(), first.target()));
      List<Integer> backward = between.getOrDefault(pair(first.target(), first.source()), List.of());
      if (forward.size() != 1 || backward.size() != 1) {
        continue;
      }
      Junction second = all.get(backward.get(0));
      if (backward.get(0) < i || first.throughKey().equals(second.throughKey())) {
        continue;
      }
      report.error(Message.JUNCTION_THROUGH_MISMATCH,
          Where.member(second.association().source(), "through"), second.source(),
          second.source().recordName(), second.association().name(), second.table(),
          first.source().recordName(), first.association().name(), first.table());
    }
  }

  /** A key comparing tables by identity, as the declarations refer to them. */
  private static List<Object> pair(Object source, Object target) {
    return List.of(new Identity(source), new Identity(target));
  }

  private record Identity(Object of) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity identity && identity.of == of;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(of);
    }
  }
}
