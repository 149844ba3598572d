package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/** Every diagnostic of one round's validation. */
public final class ValidationReport {
  private final List<Diagnostic> errors = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    errors.add(diagnostic);
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
    return errors.stream().anyMatch(d -> d.recordQualifiedName().equals(recordQualifiedName));
  }

  public boolean isClean() {
    return errors.isEmpty();
  }
}
