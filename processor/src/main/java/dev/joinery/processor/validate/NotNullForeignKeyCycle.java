package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    IdentityHashMap<TableModel, List<Edge>> edges = edges(graph);
    IdentityHashMap<TableModel, Set<TableModel>> groups = stronglyConnected(graph.tables(), edges);
    Set<TableModel> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TableModel start : graph.tables()) {
      if (done.contains(start)) {
        continue;
      }
      Set<TableModel> group = groups.get(start);
      done.addAll(group);
      if (group.size() > 1 || edges.getOrDefault(start, List.of()).stream()
          .anyMatch(e -> e.to().equals(start))) {
        report(cycle(start, group, edges), report);
      }
    }
  }

  /**
   * The strongly connected group of every table (Tarjan's algorithm, without recursion so that
   * a long chain of keys cannot overflow javac's stack): tables that reach each other.
   */
  private static IdentityHashMap<TableModel, Set<TableModel>> stronglyConnected(List<TableModel> tables,
      IdentityHashMap<TableModel, List<Edge>> edges) {
    IdentityHashMap<TableModel, Integer> index = new IdentityHashMap<>();
    IdentityHashMap<TableModel, Integer> low = new IdentityHashMap<>();
    Set<TableModel> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<TableModel> stack = new ArrayDeque<>();
    IdentityHashMap<TableModel, Set<TableModel>> groups = new IdentityHashMap<>();
    for (TableModel root : tables) {
      if (index.containsKey(root)) {
        continue;
      }
      // Each frame: a table and the position of the next edge to follow from it.
      Deque<Object[]> frames = new ArrayDeque<>();
      frames.push(new Object[] {root, 0});
      index.put(root, index.size());
      low.put(root, index.get(root));
      stack.push(root);
      onStack.add(root);
      while (!frames.isEmpty()) {
        Object[] frame = frames.peek();
        TableModel at = (TableModel) frame[0];
        List<Edge> out = edges.getOrDefault(at, List.of());
        int next = (Integer) frame[1];
        if (next < out.size()) {
          frame[1] = next + 1;
          TableModel to = out.get(next).to();
          if (!index.containsKey(to)) {
            index.put(to, index.size());
            low.put(to, index.get(to));
            stack.push(to);
            onStack.add(to);
            frames.push(new Object[] {to, 0});
          } else if (onStack.contains(to)) {
            low.put(at, Math.min(low.get(at), index.get(to)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          TableModel parent = (TableModel) frames.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(at)));
        }
        if (low.get(at).equals(index.get(at))) {
          Set<TableModel> group = Collections.newSetFromMap(new IdentityHashMap<>());
          TableModel member;
          do {
            member = stack.pop();
            onStack.remove(member);
            group.add(member);
            groups.put(member, group);
          } while (!member.equals(at));
        }
      }
    }
    return groups;
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
  private static IdentityHashMap<TableModel, List<Edge>> edges(RoundGraph graph) {
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
    IdentityHashMap<TableModel, List<Edge>> byTable = new IdentityHashMap<>();
    for (Edge edge : unique.values()) {
      byTable.computeIfAbsent(edge.from(), t -> new ArrayList<>()).add(edge);
    }
    return byTable;
  }

  /** A shortest cycle from {@code start} back to itself, within its group. */
  private static List<Edge> cycle(TableModel start, Set<TableModel> group,
      IdentityHashMap<TableModel, List<Edge>> edges) {
    IdentityHashMap<TableModel, Edge> cameBy = new IdentityHashMap<>();
    Deque<TableModel> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      TableModel at = queue.poll();
      for (Edge edge : edges.getOrDefault(at, List.of())) {
        if (edge.to().equals(start)) {
          List<Edge> path = new ArrayList<>(List.of(edge));
          for (TableModel t = at; !t.equals(start); t = cameBy.get(t).from()) {
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
