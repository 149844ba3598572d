package dev.joinery.internal;

import java.util.ArrayList;
import java.util.List;

/** The rows of one JDBC batch as the SQL log shows them: {@code batch of 2: [..], [..]}. */
final class LoggedBatch implements LoggedValues {
  private final List<LoggedValues> rows = new ArrayList<>();

  void add(LoggedValues row) {
    rows.add(row);
  }

  @Override
  public void appendTo(StringBuilder out) {
    out.append("batch of ").append(rows.size()).append(": ");
    int shown = Math.min(rows.size(), SHOWN);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      rows.get(i).appendTo(out);
    }
    if (rows.size() > shown) {
      out.append(", … (").append(rows.size()).append(" rows)");
    }
  }
}
