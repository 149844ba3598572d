package dev.joinery.sample.api.request;

import dev.joinery.meta.Association;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which associations a create body nests, to any depth: the {@code include} option of a nested
 * create (seed 004's {@code create({…, story: {…}}, {include: 'story'})}), read off the JSON
 * rather than written by the client. The elements of a to-many list may nest different
 * associations; their shapes are merged.
 */
final class BodyShape {
  private final Map<Association<?, ?>, BodyShape> nested = new LinkedHashMap<>();

  /** Records that the body nests {@code association}, itself shaped like {@code inner}. */
  void add(Association<?, ?> association, BodyShape inner) {
    nested.computeIfAbsent(association, a -> new BodyShape()).merge(inner);
  }

  private void merge(BodyShape other) {
    other.nested.forEach(this::add);
  }

  /** The includes of a nested create of a row of {@code T} with this shape. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  <T> List<Include<T, ?>> includes() {
    List<Include<T, ?>> includes = new ArrayList<>();
    // Raw types because the map mixes association types; each association was looked up on the
    // table of its level, so the pairing is right by construction.
    nested.forEach((association, inner) -> {
      Include include = Include.of((Association) association);
      for (Object child : inner.includes()) {
        include = include.include((Include) child);
      }
      includes.add((Include<T, ?>) include);
    });
    return includes;
  }
}
