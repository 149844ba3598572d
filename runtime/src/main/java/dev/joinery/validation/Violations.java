package dev.joinery.validation;

import dev.joinery.meta.TableColumn;
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
