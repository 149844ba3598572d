package dev.joinery.bench.scenario;

import dev.joinery.bench.model.Comment;
import dev.joinery.bench.model.Customer;
import dev.joinery.bench.model.Tag;
import dev.joinery.bench.model.Tutorial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Comparing what the two variants returned. Neither variant orders rows it was not asked to
 * order (no {@code ORDER BY} in a findAll, none in a to-many level), so the canonical forms sort
 * by primary key where the query leaves the order open; records and lists then compare with
 * {@code equals}, every column and every included row.
 */
final class Results {
  private Results() {}

  /** Throws, naming the first difference, unless {@code actual} equals {@code expected}. */
  static void requireEqual(String what, Object expected, Object actual) {
    if (Objects.equals(expected, actual)) {
      return;
    }
    String detail = "";
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        detail = ": hand-written JDBC returned " + e.size() + " rows, the DAO " + a.size();
      } else {
        for (int i = 0; i < e.size(); i++) {
          if (!Objects.equals(e.get(i), a.get(i))) {
            detail = ": row " + i + " differs%n  JDBC: " + e.get(i) + "%n  DAO:  " + a.get(i);
            break;
          }
        }
      }
    }
    throw new IllegalStateException(String.format(
        "The variants of %s returned different rows%s", what, detail));
  }

  static List<Customer> customersById(List<Customer> customers) {
    List<Customer> sorted = new ArrayList<>(customers);
    sorted.sort(Comparator.comparing(Customer::id));
    return sorted;
  }

  /** Tutorials sorted by id (when {@code sortParents}), their comments and tags by id. */
  static List<Tutorial> tutorials(List<Tutorial> tutorials, boolean sortParents) {
    List<Tutorial> result = new ArrayList<>(tutorials.size());
    for (Tutorial t : tutorials) {
      result.add(tutorial(t));
    }
    if (sortParents) {
      result.sort(Comparator.comparing(Tutorial::id));
    }
    return result;
  }

  static Tutorial tutorial(Tutorial t) {
    if (t == null) {
      return null;
    }
    List<Comment> comments = t.comments() == null ? null : sorted(t.comments(), Comment::id);
    List<Tag> tags = t.tags() == null ? null : sorted(t.tags(), Tag::id);
    return new Tutorial(t.id(), t.title(), t.description(), t.published(), t.createdAt(),
        t.updatedAt(), comments, tags);
  }

  /**
   * The tutorial and comments as the caller gave them, before the database assigned keys and
   * timestamps: what two creates of the same input must agree on.
   */
  static Tutorial withoutGenerated(Tutorial t) {
    List<Comment> comments = null;
    if (t.comments() != null) {
      comments = new ArrayList<>();
      for (Comment c : t.comments()) {
        comments.add(new Comment(null, c.name(), c.text(), null, null, null));
      }
    }
    return new Tutorial(null, t.title(), t.description(), t.published(), null, null, comments,
        t.tags());
  }

  private static <T> List<T> sorted(List<T> rows, java.util.function.Function<T, Long> key) {
    List<T> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(key));
    return sorted;
  }
}
