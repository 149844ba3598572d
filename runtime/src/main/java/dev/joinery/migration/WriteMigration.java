package dev.joinery.migration;

import dev.joinery.Joinery;
import dev.joinery.PoolOptions;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The command that writes the next Flyway migration of a project: it connects to a database at
 * the project's latest migration, plans {@code ALTER} for every generated {@code JoinerySchema}
 * on the class path, and writes the statements as {@code V<n>__<description>.sql}
 * ({@link FlywayMigrations}). Run it with the application's class path, for example from Maven:
 *
 * <pre>
 * mvn compile exec:java -Dexec.mainClass=dev.joinery.migration.WriteMigration \
 *   -Dexec.args="--url=jdbc:postgresql://localhost/shop_dev --user=shop --password-env=SHOP_DB_PASSWORD \
 *                --dir=src/main/resources/db/migration/postgresql --description='add author bio'"
 * </pre>
 *
 * <p>The password is read from the named environment variable, never from the command line.
 * Exit status 0 when a file was written or nothing was missing, 2 on a usage error.
 */
public final class WriteMigration {
  static final String USAGE = "usage: WriteMigration --url=<jdbc url> --dir=<migrations directory> "
      + "--description=<words> [--user=<user>] [--password-env=<environment variable>]";

  private WriteMigration() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) System.exit(status);
  }

  /**
   * Runs the command with {@code env} for {@code --password-env}, printing to {@code out} and
   * {@code err}; returns its exit status.
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        err.println("WriteMigration: unexpected argument " + arg + "\n" + USAGE);
        return 2;
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    for (String required : List.of("url", "dir", "description")) {
      if (options.getOrDefault(required, "").isBlank()) {
        err.println("WriteMigration: --" + required + " is missing\n" + USAGE);
        return 2;
      }
    }
    SchemaDef schema = generatedSchema();
    if (schema.tables().isEmpty()) {
      err.println("WriteMigration: no generated JoinerySchema on the class path "
          + "(META-INF/services/dev.joinery.meta.GeneratedSchema); run it with the application's"
          + " compiled classes");
      return 2;
    }
    PoolOptions pool = PoolOptions.url(options.get("url")).max(1).min(0);
    if (options.containsKey("user")) pool = pool.user(options.get("user"));
    if (options.containsKey("password-env")) pool = pool.password(env.get(options.get("password-env")));
    Path directory = Path.of(options.get("dir"));
    try (Joinery db = Joinery.connect(pool)) {
      Optional<Path> written =
          FlywayMigrations.writeAlter(db, schema, directory, options.get("description"));
      out.println(written.map(file -> "Wrote " + file)
          .orElse("Nothing to write: the database has every table, column, index and foreign key"
              + " of the schema"));
    }
    return 0;
  }

  /** The tables of every generated schema on the class path, each schema in its own order. */
  static SchemaDef generatedSchema() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<TableDef> tables = new ArrayList<>();
    ServiceLoader.load(GeneratedSchema.class, loader != null ? loader : WriteMigration.class.getClassLoader())
        .forEach(schema -> tables.addAll(schema.definition().tables()));
    return new SchemaDef(tables);
  }
}
