package dev.joinery.schema;

/**
 * A difference between the model and a live table that {@code sync(ALTER)} reports but does not
 * change, because changing it could lose data or fail on rows that exist: listed by
 * {@link SyncPlan#drift()} and logged as a warning by {@code sync}.
 *
 * @param kind what differs
 * @param table the table
 * @param element the column, or for {@link Kind#FOREIGN_KEY_RULE} the constraint
 * @param model what the model asks for, as SQL ({@code VARCHAR(100)}, {@code NOT NULL},
 *     {@code ON DELETE CASCADE})
 * @param live what the database has, as its catalog says it
 */
public record Drift(Kind kind, String table, String element, String model, String live) {
  /** What can differ. */
  public enum Kind {
    /** Another SQL type ({@code INT} for {@code BIGINT}, {@code TEXT} for {@code VARCHAR}). */
    TYPE,
    /** The same type with another length, precision or scale ({@code DATETIME} for {@code DATETIME(6)}). */
    LENGTH,
    /** NULL allowed on one side only. */
    NULLABILITY,
    /** Unsigned on one side only (MySQL/MariaDB; elsewhere unsigned is a wider type). */
    UNSIGNED,
    /** Another default value, or a default on one side only. */
    DEFAULT,
    /** A foreign key's ON DELETE or ON UPDATE rule. */
    FOREIGN_KEY_RULE
  }

  /** One line for a log or a review: {@code users.firstName: LENGTH model VARCHAR(100), live varchar(255)}. */
  @Override
  public String toString() {
    return table + "." + element + ": " + kind + " model " + model + ", live " + live;
  }
}
