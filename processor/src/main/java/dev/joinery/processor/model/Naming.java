package dev.joinery.processor.model;

import java.util.Locale;

/**
 * The naming conventions Joinery shares with Sequelize: table names are the plural snake_case of
 * the record ({@code UserProfile} → {@code user_profiles}), columns the snake_case of the
 * component ({@code firstName} → {@code first_name}), default foreign keys the camelCase model or
 * alias name plus {@code Id} ({@code customerId}).
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

  /** {@code Customer} → {@code customers}; {@code UserProfile} → {@code user_profiles}. */
  public static String tableName(String recordName) {
    String snake = snakeCase(recordName);
    int cut = snake.lastIndexOf('_') + 1;
    return snake.substring(0, cut) + plural(snake.substring(cut));
  }

  /** English plural of a lower-case word, as Sequelize's inflection does for common words. */
  public static String plural(String word) {
    if (word.endsWith("y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")
        || word.endsWith("ch") || word.endsWith("sh")) {
      return word + "es";
    }
    return word + "s";
  }

  /** English singular: {@code comments} → {@code comment}, {@code stories} → {@code story}. */
  public static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("sses")
        || lower.endsWith("xes") || lower.endsWith("zes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
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
   * Default foreign key of hasOne/hasMany: the source record's name + Id ({@code Customer} →
   * {@code customerId}), a component of the target.
   */
  public static String defaultHasForeignKey(String sourceRecordName) {
    return lowerCamel(sourceRecordName) + "Id";
  }

  /** Default foreign key of belongsTo: the alias + Id ({@code customer} → {@code customerId}). */
  public static String defaultBelongsToForeignKey(String alias) {
    return alias + "Id";
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

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
