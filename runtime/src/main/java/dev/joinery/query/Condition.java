package dev.joinery.query;

import dev.joinery.meta.TableColumn;
import java.util.Collection;
import java.util.List;

/**
 * A typed {@code WHERE} condition over table {@code T}. Built from the generated column constants
 * ({@code CustomerTable.AGE.gt(30)}) and combined with {@link #and}, {@link #or} and {@link #not};
 * values are always bound, never spliced into SQL.
 */
public sealed interface Condition<T> {

  /**
   * {@code column op value}; a {@code null} value with {@link Operator#EQ} / {@link Operator#NE}
   * means IS (NOT) NULL.
   */
  record Compare<T>(TableColumn<T, ?> column, Operator operator, Object value)
      implements Condition<T> {}

  record Like<T>(TableColumn<T, ?> column, String pattern) implements Condition<T> {}

  record Between<T>(TableColumn<T, ?> column, Object low, Object high) implements Condition<T> {}

  /** {@code column IN (…)}; an empty list matches nothing ({@code NOT IN} of it, everything). */
  record In<T>(TableColumn<T, ?> column, List<Object> values, boolean negated) implements Condition<T> {
    public In {
      values = List.copyOf(values);
    }
  }

  record IsNull<T>(TableColumn<T, ?> column, boolean negated) implements Condition<T> {}

  record And<T>(List<Condition<T>> terms) implements Condition<T> {
    public And {
      terms = List.copyOf(terms);
    }
  }

  record Or<T>(List<Condition<T>> terms) implements Condition<T> {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  record Not<T>(Condition<T> term) implements Condition<T> {}

  static <T> Condition<T> compare(TableColumn<T, ?> column, Operator operator, Object value) {
    return new Compare<>(column, operator, value);
  }

  static <T> Condition<T> like(TableColumn<T, ?> column, String pattern) {
    return new Like<>(column, pattern);
  }

  static <T> Condition<T> between(TableColumn<T, ?> column, Object low, Object high) {
    return new Between<>(column, low, high);
  }

  static <T> Condition<T> in(TableColumn<T, ?> column, Collection<?> values, boolean negated) {
    return new In<>(column, List.copyOf(values), negated);
  }

  static <T> Condition<T> isNull(TableColumn<T, ?> column, boolean negated) {
    return new IsNull<>(column, negated);
  }

  @SafeVarargs
  static <T> Condition<T> and(Condition<T>... terms) {
    return new And<>(List.of(terms));
  }

  @SafeVarargs
  static <T> Condition<T> or(Condition<T>... terms) {
    return new Or<>(List.of(terms));
  }

  static <T> Condition<T> not(Condition<T> term) {
    return new Not<>(term);
  }

  default Condition<T> and(Condition<T> other) {
    return new And<>(List.of(this, other));
  }

  default Condition<T> or(Condition<T> other) {
    return new Or<>(List.of(this, other));
  }
}
