package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every diagnostic of one round's validation. */
public final class ValidationReport {
  private final List<Diagnostic> errors = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();

  public void add(Diagnostic diagnostic) {
    errors.add(diagnostic);
    failed.add(diagnostic.recordQualifiedName());
  }

  /**
   * Reports {@code message} at {@code where}, charged to {@code table} (which then generates
   * nothing).
   */
  public void error(Message message, SourceRef where, TableModel table, Object... args) {
    add(new Diagnostic(Where.printable(where), table.qualifiedName(), message.format(args)));
  }

  public List<Diagnostic> errors() {
    return List.copyOf(errors);
  }

  /** Whether the record with this canonical name has any error (it then generates nothing). */
  public boolean hasErrors(String recordQualifiedName) {
    return failed.contains(recordQualifiedName);
  }

  public boolean isClean() {
    return errors.isEmpty();
  }
}
