package dev.joinery.internal;

import java.util.List;

/**
 * The bound values of an engine statement as the SQL log shows them ({@link SqlLog}), secret
 * ones as {@code ***}. The engine binds its values straight onto the JDBC statement, past Jdbi's
 * argument binding, so Jdbi cannot show them; each statement hands the log this view instead,
 * which costs nothing until a line is written.
 */
interface LoggedValues {
  /** What a secret value is logged as. */
  String MASK = "***";

  /** How many values of one statement or row are shown before the rest is counted. */
  int SHOWN = 10;

  /** Appends the values in placeholder order: {@code [42, 'Ann', ***]}. */
  void appendTo(StringBuilder out);

  /**
   * Appends {@code values} as a list, each by {@link #appendValue}; past {@link #SHOWN} values
   * only their count, because an {@code IN (…)} may bind thousands of keys.
   */
  static void appendList(StringBuilder out, List<?> values, boolean[] secret) {
    out.append('[');
    int shown = Math.min(values.size(), SHOWN);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      if (secret != null && secret[i]) {
        out.append(MASK);
      } else {
        appendValue(out, values.get(i));
      }
    }
    if (values.size() > shown) {
      out.append(", … (").append(values.size()).append(" values)");
    }
    out.append(']');
  }

  /**
   * A value as a SQL literal would read: {@code NULL}, numbers and booleans as they are, text,
   * dates and UUIDs quoted ({@code 'O''Brien'}), long text cut after 100 characters, bytes as
   * their count.
   */
  static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("NULL");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof byte[] bytes) {
      out.append('<').append(bytes.length).append(" bytes>");
    } else {
      String text = value instanceof Enum<?> e ? e.name() : value.toString();
      boolean cut = text.length() > 100;
      out.append('\'').append((cut ? text.substring(0, 100) : text).replace("'", "''"))
          .append(cut ? "…' (" + text.length() + " characters)" : "'");
    }
  }
}
