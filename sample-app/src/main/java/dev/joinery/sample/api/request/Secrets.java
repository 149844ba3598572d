package dev.joinery.sample.api.request;

import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Write-only columns, such as seed 004's {@code password}: a value sent in a body is stored
 * hashed, and the column is never shown, selected, filtered or ordered on. Seed 004 leaves the
 * password out of one query ({@code attributes: {exclude: ['password']}}); a real server leaves it
 * out of every answer, so the rule lives here instead of in each route.
 */
public final class Secrets {
  private final Set<TableColumn<?, ?>> columns;
  private final UnaryOperator<String> protect;

  /** @param protect what is stored for a secret's plain text: the app passes a password hash */
  public Secrets(Set<? extends TableColumn<?, ?>> columns, UnaryOperator<String> protect) {
    this.columns = Set.copyOf(columns);
    this.protect = protect;
  }

  public boolean isSecret(TableColumn<?, ?> column) {
    return columns.contains(column);
  }

  /** The secret columns of {@code table}, in column order. */
  public <T> List<TableColumn<T, ?>> of(TableMeta<T> table) {
    List<TableColumn<T, ?>> secret = new ArrayList<>();
    for (TableColumn<T, ?> column : table.columns()) {
      if (isSecret(column)) {
        secret.add(column);
      }
    }
    return secret;
  }

  /** What is stored for a secret value received in a body. */
  public String protect(String value) {
    return value == null ? null : protect.apply(value);
  }
}
