package dev.joinery.schema;

import java.util.AbstractList;
import java.util.List;

/**
 * What {@link SchemaSync#plan} found: the statements it would run, in order (this list), and the
 * {@link #drift()} it would leave alone. A list of statements, so a plan reads and compares as the
 * list of SQL it is.
 */
public final class SyncPlan extends AbstractList<String> {
  private final List<String> statements;
  private final List<Drift> drift;

  SyncPlan(List<String> statements, List<Drift> drift) {
    this.statements = List.copyOf(statements);
    this.drift = List.copyOf(drift);
  }

  /** The statements, in the order they run. */
  public List<String> statements() {
    return statements;
  }

  /**
   * The differences between the model and existing tables that no statement changes (type,
   * length, nullability, unsignedness, default, foreign-key rules), table by table in the
   * schema's order; empty for {@link SyncMode#CREATE} and {@link SyncMode#FORCE}.
   */
  public List<Drift> drift() {
    return drift;
  }

  @Override
  public String get(int index) {
    return statements.get(index);
  }

  @Override
  public int size() {
    return statements.size();
  }
}
