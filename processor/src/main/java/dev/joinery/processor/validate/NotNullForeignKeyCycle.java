package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NOT NULL foreign-key constraints must not form a cycle: the first row of any table in the
 * cycle would need a row of the next one to exist already, so no insert order works (sync could
 * still create the tables, constraints last, but nothing could ever be inserted). Each cycle
 * (strongly connected group of tables) is reported once, on the association declaring its first
 * edge, naming every edge and the declaration to change.
 */
final class NotNullForeignKeyCycle implements Rule {
  /** One NOT NULL constraint: {@code from}'s foreign key references {@code to}. */
  private record Edge(TableModel from, TableModel to, Link link) {
    String describe() {
      return from.recordName() + "." + link.foreignKey().property() + " -> " + to.recordName();
    }
  }

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<TableModel, List<Edge>> edges = edges(graph);
    Set<TableModel> done = new HashSet<>();
    for (TableModel start : graph.tables()) {
      if (done.contains(start)) {
        continue;
      }
      Set<TableModel> reachable = reachable(start, edges);
      Set<TableModel> group = new HashSet<>();
      group.add(start);
      for (TableModel other : reachable) {
        if (reachable(other, edges).contains(start)) {
          group.add(other);
        }
      }
      done.addAll(group);
      if (reachable.contains(start)) {
        report(cycle(start, group, edges), report);
      }
    }
  }

  private static void report(List<Edge> cycle, ValidationReport report) {
    Edge first = cycle.get(0);
    Edge toRelax = cycle.stream().filter(e -> !e.link().foreignKey().id()).findFirst().orElse(first);
    Link at = first.link();
    report.error(Message.NOT_NULL_CYCLE, Where.member(at.association().source(), "foreignKey"),
        at.source(), cycle.stream().map(Edge::describe).collect(Collectors.joining(", ")),
        NotNull.fix(toRelax.from(), toRelax.link().foreignKey()));
  }

  /** NOT NULL constrained foreign keys, once each although both sides may declare them. */
  private static Map<TableModel, List<Edge>> edges(RoundGraph graph) {
    Map<String, Edge> unique = new LinkedHashMap<>();
    for (Link link : graph.links()) {
      if (!link.association().constraints() || !link.foreignKey().isNotNullInDatabase()) {
        continue;
      }
      String key = link.holder().qualifiedName() + "." + link.foreignKey().property() + "->"
          + link.referenced().qualifiedName();
      Edge edge = new Edge(link.holder(), link.referenced(), link);
      // Prefer the belongsTo side: it is declared in the record that holds the key.
      unique.merge(key, edge, (old, fresh) -> fresh.link().isBelongsTo() ? fresh : old);
    }
    Map<TableModel, List<Edge>> byTable = new HashMap<>();
    for (Edge edge : unique.values()) {
      byTable.computeIfAbsent(edge.from(), t -> new ArrayList<>()).add(edge);
    }
    return byTable;
  }

  private static Set<TableModel> reachable(TableModel start, Map<TableModel, List<Edge>> edges) {
    Set<TableModel> seen = new HashSet<>();
    Deque<TableModel> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (Edge edge : edges.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(edge.to())) {
          queue.add(edge.to());
        }
      }
    }
    return seen;
  }

  /** A shortest cycle from {@code start} back to itself, within its group. */
  private static List<Edge> cycle(TableModel start, Set<TableModel> group,
      Map<TableModel, List<Edge>> edges) {
    Map<TableModel, Edge> cameBy = new HashMap<>();
    Deque<TableModel> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      TableModel at = queue.poll();
      for (Edge edge : edges.getOrDefault(at, List.of())) {
        if (edge.to() == start) {
          List<Edge> path = new ArrayList<>(List.of(edge));
          for (TableModel t = at; t != start; t = cameBy.get(t).from()) {
            path.add(0, cameBy.get(t));
          }
          return path;
        }
        if (group.contains(edge.to()) && !cameBy.containsKey(edge.to())) {
          cameBy.put(edge.to(), edge);
          queue.add(edge.to());
        }
      }
    }
    throw new AssertionError("no cycle through " + start.qualifiedName());
  }
}
