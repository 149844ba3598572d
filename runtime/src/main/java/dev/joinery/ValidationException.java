package dev.joinery;

import dev.joinery.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record broke column rules ({@code @NotNull}, lengths, {@code @Email}, {@code @Url},
 * {@code @Length}); thrown before any SQL ran, with every violation of the record.
 */
public class ValidationException extends JoineryException {
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super("Validation failed: " + violations.stream().map(Violation::message)
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
