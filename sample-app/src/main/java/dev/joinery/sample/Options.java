package dev.joinery.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line of {@link Main}. Each option is {@code --name value} or {@code --name=value};
 * the database URL, user and password also come from {@code JOINERY_DB_URL},
 * {@code JOINERY_DB_USER} and {@code JOINERY_DB_PASSWORD} (the command line wins). Pool options
 * carry Sequelize's pool words; left out, they keep Joinery's defaults.
 *
 * @param port HTTP port; 0 picks a free one
 * @param dbUrl JDBC URL; the default is an in-memory H2 database
 * @param poolMax Sequelize {@code pool.max}: most connections, or {@code null}
 * @param poolMin Sequelize {@code pool.min}: connections kept open, or {@code null}
 * @param poolIdleMillis Sequelize {@code pool.idle}: how long a spare connection may stay idle
 * @param poolAcquireMillis Sequelize {@code pool.acquire}: how long to wait for a connection
 * @param logSql print each statement, as Sequelize's {@code logging: console.log}
 * @param sync {@code create}, {@code alter} or {@code force} (Sequelize's {@code sync()},
 *     {@code sync({alter: true})}, {@code sync({force: true})})
 */
public record Options(
    int port,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Integer poolMax,
    Integer poolMin,
    Long poolIdleMillis,
    Long poolAcquireMillis,
    boolean logSql,
    String sync,
    boolean help) {

  public static final String DEFAULT_DB_URL = "jdbc:h2:mem:joinery;DB_CLOSE_DELAY=-1";

  public static final String USAGE = String.join("\n",
      "usage: java -jar sample-app/target/joinery-sample.jar [options]",
      "  --port N                 HTTP port (default 8080; 0 = any free port)",
      "  --db-url URL             JDBC URL (env JOINERY_DB_URL; default " + DEFAULT_DB_URL + ")",
      "                           e.g. jdbc:mysql://127.0.0.1:3306/sample?user=root",
      "                                jdbc:postgresql://127.0.0.1:5432/sample?user=postgres",
      "  --db-user USER           (env JOINERY_DB_USER)",
      "  --db-password PASSWORD   (env JOINERY_DB_PASSWORD)",
      "  --pool-max N             most connections (Sequelize pool.max)",
      "  --pool-min N             connections kept open (pool.min)",
      "  --pool-idle MS           idle time before a spare connection closes (pool.idle)",
      "  --pool-acquire MS        wait for a connection before failing (pool.acquire; 2000)",
      "  --log-sql                print every SQL statement (Sequelize's logging)",
      "  --sync create|alter|force  schema sync at start (default create)",
      "  --help                   this text");

  /** A command line that cannot be run; the message says why. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** Parses {@code args}, falling back to {@code environment} for the database settings. */
  public static Options parse(List<String> args, Map<String, String> environment)
      throws UsageException {
    int port = 8080;
    String dbUrl = environment.getOrDefault("JOINERY_DB_URL", DEFAULT_DB_URL);
    String dbUser = environment.get("JOINERY_DB_USER");
    String dbPassword = environment.get("JOINERY_DB_PASSWORD");
    Integer poolMax = null;
    Integer poolMin = null;
    Long poolIdle = null;
    Long poolAcquire = null;
    boolean logSql = false;
    String sync = "create";
    boolean help = false;

    List<String> words = split(args);
    for (int i = 0; i < words.size(); i++) {
      String option = words.get(i);
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--log-sql" -> logSql = true;
        case "--port" -> port = (int) number(option, value(words, ++i, option), 0, 65535);
        case "--db-url" -> dbUrl = value(words, ++i, option);
        case "--db-user" -> dbUser = value(words, ++i, option);
        case "--db-password" -> dbPassword = value(words, ++i, option);
        case "--pool-max" -> poolMax = (int) number(option, value(words, ++i, option), 1, 10_000);
        case "--pool-min" -> poolMin = (int) number(option, value(words, ++i, option), 0, 10_000);
        case "--pool-idle" -> poolIdle = number(option, value(words, ++i, option), 0, Long.MAX_VALUE);
        case "--pool-acquire" ->
            poolAcquire = number(option, value(words, ++i, option), 0, Long.MAX_VALUE);
        case "--sync" -> {
          sync = value(words, ++i, option).toLowerCase(Locale.ROOT);
          if (!List.of("create", "alter", "force").contains(sync)) {
            throw new UsageException("--sync takes create, alter or force, not '" + sync + "'");
          }
        }
        default -> throw new UsageException("unknown option '" + option + "'");
      }
    }
    if (!dbUrl.startsWith("jdbc:")) {
      throw new UsageException("--db-url must be a JDBC URL (jdbc:...), not '" + dbUrl + "'");
    }
    if (poolMax != null && poolMin != null && poolMin > poolMax) {
      throw new UsageException("--pool-min " + poolMin + " exceeds --pool-max " + poolMax);
    }
    return new Options(port, dbUrl, dbUser, dbPassword, poolMax, poolMin, poolIdle, poolAcquire,
        logSql, sync, help);
  }

  /** Splits {@code --name=value} into two words. */
  private static List<String> split(List<String> args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        words.add(arg.substring(0, equals));
        words.add(arg.substring(equals + 1));
      } else {
        words.add(arg);
      }
    }
    return words;
  }

  private static String value(List<String> words, int index, String option) throws UsageException {
    if (index >= words.size()) {
      throw new UsageException(option + " needs a value");
    }
    return words.get(index);
  }

  private static long number(String option, String text, long min, long max)
      throws UsageException {
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new UsageException(option + " takes a whole number from " + min + " to " + max
        + ", not '" + text + "'");
  }
}
