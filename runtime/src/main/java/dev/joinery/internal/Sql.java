package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * SQL text under construction plus its bound values, in placeholder order. Values never enter
 * the text: every one becomes a {@code ?} and an {@link Argument} typed by its column, so the
 * dialect binds UUIDs and instants its own way.
 */
final class Sql {
  private final StringBuilder text = new StringBuilder(256);
  private final List<Argument> arguments = new ArrayList<>();
  private final Dialect dialect;

  Sql(Dialect dialect) {
    this.dialect = dialect;
  }

  Sql append(String fragment) {
    text.append(fragment);
    return this;
  }

  Sql append(char c) {
    text.append(c);
    return this;
  }

  Sql append(Sql other) {
    text.append(other.text);
    arguments.addAll(other.arguments);
    return this;
  }

  /** Appends a quoted identifier. */
  Sql quoted(String identifier) {
    text.append(dialect.quote(identifier));
    return this;
  }

  /** Appends {@code alias."column"}, or just the quoted column when {@code alias} is null. */
  Sql column(String alias, String column) {
    if (alias != null) {
      text.append(alias).append('.');
    }
    text.append(dialect.quote(column));
    return this;
  }

  /** Appends a placeholder bound to {@code value} as a value of {@code type}. */
  Sql bind(ValueType type, Object value) {
    text.append('?');
    arguments.add(new ValueArgument(type, value, dialect));
    return this;
  }

  /** Appends a comma-separated list of placeholders, one per value. */
  Sql bindAll(ValueType type, Iterable<?> values) {
    boolean first = true;
    for (Object value : values) {
      if (!first) {
        text.append(", ");
      }
      first = false;
      bind(type, value);
    }
    return this;
  }

  String text() { return text.toString(); }

  /** Binds the collected values to {@code statement} by position. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    for (int i = 0; i < arguments.size(); i++) {
      statement.bind(i, arguments.get(i));
    }
    return statement;
  }

  @Override
  public String toString() { return text.toString(); }
}
