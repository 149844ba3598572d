package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.model.SourceRef;

/**
 * How the messages about a foreign-key constraint's name speak of it. An inverse pair declares
 * one constraint twice; the declaration that names it ({@code uniqueKey}) is the one to point
 * at, else the first.
 */
final class ConstraintOrigin {
  private ConstraintOrigin() {}

  /** Whether a declaration gives the name with {@code uniqueKey}. */
  static boolean named(ForeignKey key) {
    return key.declaredBy().stream().anyMatch(link -> !link.association().uniqueKey().isEmpty());
  }

  /** The declaration with {@code uniqueKey}, else the first. */
  static Link declaration(ForeignKey key) {
    return key.declaredBy().stream()
        .filter(link -> !link.association().uniqueKey().isEmpty())
        .findFirst().orElse(key.declaredBy().get(0));
  }

  /** Under {@code uniqueKey} when written, else on the association annotation. */
  static SourceRef where(ForeignKey key) {
    return Where.member(declaration(key).association().source(), "uniqueKey");
  }

  /** "@BelongsTo Address.customer". */
  static String describe(ForeignKey key) {
    Link link = declaration(key);
    return "@" + RoundGraph.annotationName(link.association().kind()) + " "
        + link.source().recordName() + "." + link.association().name();
  }
}
