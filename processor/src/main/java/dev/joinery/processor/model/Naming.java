package dev.joinery.processor.model;

import java.util.Locale;

/**
 * The naming conventions Joinery shares with Sequelize: table names are the plural snake_case of
 * the record ({@code UserProfile} → {@code user_profiles}), columns the snake_case of the
 * component ({@code firstName} → {@code first_name}), default foreign keys the camelCase model or
 * alias name plus {@code Id} ({@code customerId}). {@link NamingMode#SEQUELIZE} keeps the case
 * of all three instead ({@code UserProfiles}, {@code firstName}, {@code CustomerId}).
 */
public final class Naming {
  private Naming() {}

  /** {@code firstName} → {@code first_name}; {@code userID} → {@code user_id}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (i > 0 && name.charAt(i - 1) != '_' && (previousLower || nextLower)) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Joinery's default table name ({@link NamingMode#SNAKE_CASE}): {@code Customer} →
   * {@code customers}, {@code UserProfile} → {@code user_profiles}, {@code Person} →
   * {@code people}.
   */
  public static String tableName(String recordName) {
    return NamingMode.SNAKE_CASE.tableName(recordName);
  }

  /**
   * English singular as Sequelize makes mixin names from a to-many alias: {@code comments} →
   * {@code comment}, {@code stories} → {@code story}, {@code people} → {@code person}.
   */
  public static String singular(String word) {
    return Inflection.singularize(word);
  }

  /** {@code Customer} → {@code customer}; {@code UserProfile} → {@code userProfile}. */
  public static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code address} → {@code Address}. */
  public static String upperCamel(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code customerId} → {@code CUSTOMER_ID}: the name of a generated constant. */
  public static String constantName(String property) {
    return snakeCase(property).toUpperCase(Locale.ROOT);
  }

  /**
   * Sequelize's {@code Utils.camelize}: each run of underscores dropped and the letter after it
   * upper-cased, the rest kept ({@code Customer_uuid} → {@code CustomerUuid},
   * {@code user_profile_id} → {@code userProfileId}).
   */
  public static String camelize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /**
   * A junction table name made from a belongsToMany declaration, suggested where none is written
   * or the written one clashes: {@code Tutorial.tags} → {@code tutorial_tags}.
   */
  public static String junctionTableName(String recordName, String alias) {
    return snakeCase(recordName) + "_" + snakeCase(alias);
  }

  /** Default foreign-key constraint name: {@code addresses_customer_id_fkey}. */
  public static String foreignKeyName(String table, String column) {
    return table + "_" + column + "_fkey";
  }

  /** Default index name: {@code addresses_customer_id} or {@code addresses_customer_id_unique}. */
  public static String indexName(String table, Iterable<String> columns, boolean unique) {
    return table + "_" + String.join("_", columns) + (unique ? "_unique" : "");
  }
}
