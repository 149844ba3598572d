package dev.joinery;

import dev.joinery.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record broke column rules ({@code @NotNull}, lengths, {@code @Email}, {@code @Url},
 * {@code @Length}); thrown before any SQL ran, with every violation of the record.
 * {@link #table()} is the record's table; {@link #column()} the column when only one broke rules,
 * otherwise {@code null} (each violation names its own).
 */
public class ValidationException extends JoineryException {
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super("Validation failed: " + violations.stream().map(Violation::message)
        .collect(Collectors.joining("; ")), table(violations), onlyColumn(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String table(List<Violation> violations) {
    return violations.isEmpty() ? null : violations.get(0).table();
  }

  private static String onlyColumn(List<Violation> violations) {
    List<String> columns = violations.stream().map(Violation::column).distinct().toList();
    return columns.size() == 1 ? columns.get(0) : null;
  }
}
