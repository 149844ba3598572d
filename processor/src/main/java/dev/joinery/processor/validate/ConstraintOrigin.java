package dev.joinery.processor.validate;

import dev.joinery.processor.model.Keys;
import dev.joinery.processor.model.SourceRef;

/**
 * How the messages about a foreign-key constraint's name speak of it. An inverse pair declares
 * one constraint twice; the declaration that names it ({@code uniqueKey}) is the one to point
 * at, else the first.
 */
final class ConstraintOrigin {
  private ConstraintOrigin() {}

  /** Whether a declaration gives the name with {@code uniqueKey}. */
  static boolean named(Keys.ForeignKey key) {
    return key.declaredBy().stream().anyMatch(link -> !link.association().uniqueKey().isEmpty());
  }

  /** The declaration with {@code uniqueKey}, else the first. */
  static Keys.Link declaration(Keys.ForeignKey key) {
    return key.declaredBy().stream()
        .filter(link -> !link.association().uniqueKey().isEmpty())
        .findFirst().orElse(key.declaredBy().get(0));
  }

  /** Under {@code uniqueKey} when written, else on the association annotation. */
  static SourceRef where(Keys.ForeignKey key) {
    return Where.member(declaration(key).association().source(), "uniqueKey");
  }

  /** "@BelongsTo Address.customer". */
  static String describe(Keys.ForeignKey key) {
    Keys.Link link = declaration(key);
    return "@" + RoundGraph.annotationName(link.association().kind()) + " "
        + link.source().recordName() + "." + link.association().name();
  }
}
