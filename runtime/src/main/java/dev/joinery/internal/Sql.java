package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * SQL text under construction plus its bound values, in placeholder order. Values never enter
 * the text: every one becomes a {@code ?} and a value typed by its column, so the dialect binds
 * UUIDs and instants its own way ({@link BoundValues}).
 *
 * <p>A statement whose text is known already (cached for its shape, {@link SqlCache}) is rendered
 * again {@linkplain #valuesOnly values only}: the same rendering code runs, so the values come in
 * the same order, but nothing is appended or quoted.
 */
final class Sql {
  /** The text; null when only the values are collected. */
  private final StringBuilder text;
  private final List<ValueType> types = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  /** Positions among {@link #values} of {@code @Secret} columns' values; null while none. */
  private List<Integer> secret;
  private final Dialect dialect;
  private String knownText;

  Sql(Dialect dialect) {
    this(dialect, true);
  }

  private Sql(Dialect dialect, boolean withText) {
    this.dialect = dialect;
    this.text = withText ? new StringBuilder(256) : null;
  }

  /** A statement whose text is not built: only its values are collected. */
  static Sql valuesOnly(Dialect dialect) {
    return new Sql(dialect, false);
  }

  /** This statement's values with {@code cached}, the text of its shape. */
  Sql withText(String cached) {
    this.knownText = cached;
    return this;
  }

  Sql append(String fragment) {
    if (text != null) {
      text.append(fragment);
    }
    return this;
  }

  Sql append(char c) {
    if (text != null) {
      text.append(c);
    }
    return this;
  }

  Sql append(Sql other) {
    if (text != null) {
      text.append(other.text());
    }
    if (other.secret != null) {
      for (int position : other.secret) {
        markSecret(values.size() + position);
      }
    }
    types.addAll(other.types);
    values.addAll(other.values);
    return this;
  }

  /** Appends a quoted identifier. */
  Sql quoted(String identifier) {
    if (text != null) {
      text.append(dialect.quote(identifier));
    }
    return this;
  }

  /** Appends {@code alias."column"}, or just the quoted column when {@code alias} is null. */
  Sql column(String alias, String column) {
    if (text != null) {
      if (alias != null) {
        text.append(alias).append('.');
      }
      text.append(dialect.quote(column));
    }
    return this;
  }

  /** Appends a placeholder bound to {@code value} as a value of {@code type}. */
  Sql bind(ValueType type, Object value) {
    if (text != null) {
      text.append('?');
    }
    types.add(type);
    values.add(value);
    return this;
  }

  /**
   * Appends a placeholder bound to {@code value} as a value of {@code column}, which the SQL log
   * masks when the column is {@code @Secret}.
   */
  Sql bind(TableColumn<?, ?> column, Object value) {
    if (column.isSecret()) {
      markSecret(values.size());
    }
    return bind(column.type(), value);
  }

  /** Appends placeholders for {@code values} of {@code column}, as {@link #bindAll}. */
  Sql bindAll(TableColumn<?, ?> column, Iterable<?> values) {
    if (!column.isSecret()) {
      return bindAll(column.type(), values);
    }
    boolean first = true;
    for (Object value : values) {
      if (!first && text != null) {
        text.append(", ");
      }
      first = false;
      bind(column, value);
    }
    return this;
  }

  private void markSecret(int position) {
    if (secret == null) {
      secret = new ArrayList<>();
    }
    secret.add(position);
  }

  /** Appends a comma-separated list of placeholders, one per value. */
  Sql bindAll(ValueType type, Iterable<?> values) {
    boolean first = true;
    for (Object value : values) {
      if (!first && text != null) {
        text.append(", ");
      }
      first = false;
      bind(type, value);
    }
    return this;
  }

  /**
   * Appends the placeholders of an {@code IN} list of {@code values} (not empty), padded to
   * {@link #inListSize} by repeating the last value, which changes no row {@code IN} or
   * {@code NOT IN} selects: lists of nearby sizes share one text, so the texts an application's
   * lists of every size make stay few (and the database's cache of parsed statements too).
   */
  Sql bindIn(ValueType type, Collection<?> values) {
    return bindIn(values, value -> bind(type, value));
  }

  /** {@link #bindIn(ValueType, Collection)} for the values of {@code column}, masked if secret. */
  Sql bindIn(TableColumn<?, ?> column, Collection<?> values) {
    if (!column.isSecret()) {
      return bindIn(column.type(), values);
    }
    return bindIn(values, value -> bind(column, value));
  }

  private Sql bindIn(Collection<?> values, Consumer<Object> binder) {
    int written = 0;
    Object last = null;
    for (Object value : values) {
      separate(written++);
      binder.accept(value);
      last = value;
    }
    for (int placeholders = inListSize(values.size()); written < placeholders; written++) {
      separate(written);
      binder.accept(last);
    }
    return this;
  }

  private void separate(int index) {
    if (index > 0 && text != null) {
      text.append(", ");
    }
  }

  /**
   * The number of placeholders of an {@code IN} list of {@code size} values: the size itself up
   * to 8, else the size rounded up to three significant binary digits (8, 10, 12, 14, 16, 20, 24,
   * 28, 32, 40, …, 5,120, …): at most a quarter more placeholders than values, about a dozen sizes
   * per factor of 8.
   */
  static int inListSize(int size) {
    if (size <= 8) {
      return size;
    }
    int shift = 31 - Integer.numberOfLeadingZeros(size) - 2;
    int step = 1 << shift;
    return (size + step - 1) & -step;
  }

  String text() { return text != null ? text.toString() : knownText; }

  boolean hasValues() { return !values.isEmpty(); }

  /** The collected values as one argument for the first placeholder and those after it. */
  BoundValues values() {
    boolean[] masked = null;
    if (secret != null) {
      masked = new boolean[values.size()];
      for (int position : secret) {
        masked[position] = true;
      }
    }
    return new BoundValues(types, values, masked, dialect);
  }

  @Override
  public String toString() { return text(); }
}
