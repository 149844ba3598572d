package dev.joinery.annotation;

/**
 * An {@code ON DELETE} / {@code ON UPDATE} rule. {@link #DEFAULT} means Sequelize's default for
 * the association kind: {@code SET NULL} on delete for a nullable foreign key, {@code CASCADE}
 * for a NOT NULL one, {@code CASCADE} on update; {@code CASCADE} both ways for belongsToMany.
 */
public enum ReferentialAction {
  DEFAULT,
  CASCADE,
  SET_NULL,
  RESTRICT,
  NO_ACTION;

  /** The SQL words, for example {@code SET NULL}. */
  public String sql() {
    return name().replace('_', ' ');
  }
}
