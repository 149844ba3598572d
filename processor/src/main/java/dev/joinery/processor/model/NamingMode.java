package dev.joinery.processor.model;

import dev.joinery.schema.ColumnDef;
import java.util.Locale;
import java.util.Optional;

/**
 * The two ways of naming what the user did not name: Joinery's snake_case (Sequelize's
 * {@code underscored: true}) and Sequelize's own defaults, which let records take over a database
 * Sequelize created with no {@code @Column(name)}. Both pluralise table names by Sequelize's
 * inflection ({@link Inflection}). Because the Sequelize mode is there to produce the tables
 * Sequelize would create, it also gives their unnamed facts Sequelize's values where those differ
 * from Joinery's: a timestamp's digits ({@link #fractionalDigits}).
 */
public enum NamingMode {
  /** {@code UserProfile} → {@code user_profiles}; {@code firstName} → {@code first_name}. */
  SNAKE_CASE("snake_case", ColumnDef.DEFAULT_FRACTIONAL_DIGITS) {
    @Override
    public String tableName(String recordName) {
      return Naming.snakeCase(Inflection.pluralize(recordName));
    }

    @Override
    public String columnName(String property) {
      return Naming.snakeCase(property);
    }

    @Override
    public String hasForeignKey(TableModel source) {
      return Naming.lowerCamel(source.recordName()) + "Id";
    }

    @Override
    public String belongsToForeignKey(String alias, TableModel target) {
      return alias + "Id";
    }
  },
  /**
   * {@code UserProfile} → {@code UserProfiles} (Sequelize: {@code pluralize(modelName)});
   * {@code firstName} → {@code firstName}.
   */
  SEQUELIZE("sequelize", ColumnDef.DATABASE_FRACTIONAL_DIGITS) {
    @Override
    public String tableName(String recordName) {
      return Inflection.pluralize(recordName);
    }

    @Override
    public String columnName(String property) {
      return property;
    }

    @Override
    public String hasForeignKey(TableModel source) {
      return Naming.camelize(Naming.singular(source.recordName()) + "_" + primaryKey(source));
    }

    /**
     * A component named after the target ({@code User user}) is Sequelize's belongsTo without
     * {@code as}, whose key starts with the model name ({@code UserId}), because Java names a
     * component in lower case where Sequelize's default alias keeps the model's case; any other
     * name is an {@code as} ({@code User author} → {@code authorId}).
     */
    @Override
    public String belongsToForeignKey(String alias, TableModel target) {
      String as = alias.equals(Naming.lowerCamel(target.recordName()))
          ? Naming.singular(target.recordName()) : alias;
      return Naming.camelize(as + "_" + primaryKey(target));
    }
  };

  private final String option;
  private final int fractionalDigits;

  NamingMode(String option, int fractionalDigits) {
    this.option = option;
    this.fractionalDigits = fractionalDigits;
  }

  /** The default table name of a record. */
  public abstract String tableName(String recordName);

  /**
   * The default column name of a component, also of a key written as a component name where no
   * component holds it (a junction's {@code foreignKey}/{@code otherKey}).
   */
  public abstract String columnName(String property);

  /**
   * The default foreign key of a hasOne/hasMany declared on {@code source}, a component of the
   * target, and of a generated junction's column pointing at {@code source}: {@code customerId}
   * (column {@code customer_id}), or as Sequelize makes it from the model name and its primary
   * key, {@code camelize(singular + '_' + pk)}: {@code CustomerId}, {@code AccountUuid}.
   */
  public abstract String hasForeignKey(TableModel source);

  /**
   * The default foreign key of a belongsTo named {@code alias} to {@code target}, a component of
   * the declaring record: {@code authorId}; Sequelize's {@code camelize(as + '_' + pk)}.
   */
  public abstract String belongsToForeignKey(String alias, TableModel target);

  /** The primary key attribute Sequelize's default keys end in; {@code id} when there is none. */
  private static String primaryKey(TableModel table) {
    return table.primaryKey().map(ColumnModel::property).orElse("id");
  }

  /**
   * The fractional digits of seconds of a timestamp or time column whose {@code @Column} writes
   * no precision: microseconds, or in the Sequelize mode none, so that each database gives the
   * type its own as it does Sequelize's {@code DataTypes.DATE} ({@code DATETIME} on MariaDB,
   * {@code TIMESTAMP WITH TIME ZONE} on PostgreSQL; {@link ColumnDef#DATABASE_FRACTIONAL_DIGITS}).
   */
  public int fractionalDigits() {
    return fractionalDigits;
  }

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
