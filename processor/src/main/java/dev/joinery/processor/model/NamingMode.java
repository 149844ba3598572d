package dev.joinery.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The two ways of naming what the user did not name: Joinery's snake_case (Sequelize's
 * {@code underscored: true}) and Sequelize's own defaults, which let records take over a database
 * Sequelize created with no {@code @Column(name)}. Both pluralise table names by Sequelize's
 * inflection ({@link Inflection}).
 */
public enum NamingMode {
  /** {@code UserProfile} → {@code user_profiles}; {@code firstName} → {@code first_name}. */
  SNAKE_CASE("snake_case") {
    @Override
    public String tableName(String recordName) {
      return Naming.snakeCase(Inflection.pluralize(recordName));
    }

    @Override
    public String columnName(String property) {
      return Naming.snakeCase(property);
    }
  },
  /**
   * {@code UserProfile} → {@code UserProfiles} (Sequelize: {@code pluralize(modelName)});
   * {@code firstName} → {@code firstName}.
   */
  SEQUELIZE("sequelize") {
    @Override
    public String tableName(String recordName) {
      return Inflection.pluralize(recordName);
    }

    @Override
    public String columnName(String property) {
      return property;
    }
  };

  private final String option;

  NamingMode(String option) {
    this.option = option;
  }

  /** The default table name of a record. */
  public abstract String tableName(String recordName);

  /**
   * The default column name of a component, also of a key written as a component name where no
   * component holds it (a junction's {@code foreignKey}/{@code otherKey}).
   */
  public abstract String columnName(String property);

  /** The value of {@code -Ajoinery.naming} that selects this mode. */
  public String option() {
    return option;
  }

  /** The mode an option value names ({@code snake_case}, {@code sequelize}; any case). */
  public static Optional<NamingMode> ofOption(String value) {
    for (NamingMode mode : values()) {
      if (mode.option.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
