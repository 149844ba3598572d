package dev.joinery.annotation;

/**
 * How a record's table and columns are named when {@link Table#value()} and
 * {@link Column#name()} are not written. The compilation's default is the processor option
 * {@code -Ajoinery.naming=snake_case|sequelize} ({@code snake_case} when not given);
 * {@link Table#naming()} overrides it for one record.
 */
public enum Naming {
  /** The compilation's default ({@code -Ajoinery.naming}). */
  DEFAULT,
  /**
   * Sequelize's {@code underscored: true}: {@code UserProfile} → table {@code user_profiles},
   * {@code firstName} → column {@code first_name}, key {@code tutorialId} →
   * {@code tutorial_id}.
   */
  SNAKE_CASE,
  /**
   * Sequelize's own defaults, to map records onto a database that Sequelize created: the table
   * is the record name pluralised with its case kept ({@code User} → {@code Users},
   * {@code Person} → {@code People}), columns are the component names as written
   * ({@code firstName}, {@code tutorialId}, {@code createdAt}), and default foreign keys are
   * Sequelize's, the record name taken as the model name ({@code User.hasMany(Task)} →
   * {@code UserId}).
   */
  SEQUELIZE
}
