package dev.joinery.validation;

import dev.joinery.meta.TableColumn;
import dev.joinery.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the violations of a record; generated {@code validate} methods call one check per
 * rule, so every violation is reported at once (Sequelize reports all of them too).
 */
public final class Violations {
  // Deliberately simple, as Sequelize's validator: local@domain.tld without spaces.
  private static final Pattern EMAIL =
      Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern URL =
      Pattern.compile("^(https?|ftp)://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

  private final List<Violation> list = new ArrayList<>();

  public void notNull(TableColumn<?, ?> column, Object value) {
    if (value == null) {
      add(column, "notNull", "cannot be null");
    }
  }

  /** Checks a maximum length (a VARCHAR's) and an optional minimum. */
  public void length(TableColumn<?, ?> column, String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      String bound = min > 0 ? "between " + min + " and " + max : "at most " + max;
      add(column, "length", "must be " + bound + " characters long (was " + value.length() + ")");
    }
  }

  /**
   * Checks that a text column of no length fits {@link ColumnDef#TEXT_BYTES} bytes of UTF-8, what
   * MySQL's and MariaDB's {@code TEXT} holds; checked on every database so that they agree.
   */
  public void textBytes(TableColumn<?, ?> column, String value) {
    if (value == null || value.length() <= ColumnDef.TEXT_BYTES / 3) {
      return; // at most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units)
    }
    long bytes = utf8Length(value);
    if (bytes > ColumnDef.TEXT_BYTES) {
      add(column, "length", "must be at most " + ColumnDef.TEXT_BYTES
          + " bytes long in UTF-8 (was " + bytes + "); @Column(text = true, length = …) makes room"
          + " for more characters");
    }
  }

  private static long utf8Length(String value) {
    long bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  public void email(TableColumn<?, ?> column, String value) {
    if (value != null && !EMAIL.matcher(value).matches()) {
      add(column, "isEmail", "must be an e-mail address");
    }
  }

  public void url(TableColumn<?, ?> column, String value) {
    if (value != null && !URL.matcher(value).matches()) {
      add(column, "isUrl", "must be a URL");
    }
  }

  private void add(TableColumn<?, ?> column, String rule, String what) {
    list.add(new Violation(column.table(), column.name(), column.property(), rule,
        column.table() + "." + column.name() + " " + what));
  }

  public boolean isEmpty() { return list.isEmpty(); }

  public List<Violation> list() { return List.copyOf(list); }
}
