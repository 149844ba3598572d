package dev.joinery.migration;

import dev.joinery.Joinery;
import dev.joinery.MigrationWriteException;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SyncMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes schema changes as Flyway versioned migrations: {@code V<n>__<description>.sql}, the
 * next {@code n} after the highest version already in the directory. The statements are those
 * of {@code db.plan(schema, SyncMode.ALTER)}: what the database lacks of the schema (tables,
 * columns, indexes, foreign keys), never a drop. So the database planned against must be at the
 * latest migration of the directory (a development database that Flyway has just migrated).
 *
 * <pre>{@code
 * try (Joinery db = Joinery.connect(devDatabaseUrl)) {
 *   Optional<Path> written = FlywayMigrations.writeAlter(db, JoinerySchema.DEFINITION,
 *       Path.of("src/main/resources/db/migration/postgresql"), "add author bio");
 *   // V3__add_author_bio.sql, or empty when the database already matches the schema
 * }
 * }</pre>
 *
 * <p>On an empty database the plan is the whole schema, the same statements as the baseline
 * {@code db/joinery/<dialect>/V1__joinery_baseline.sql} the processor writes; that is the first
 * migration of a new directory.
 */
public final class FlywayMigrations {
  /** A Flyway versioned migration: {@code V1__x.sql}, {@code V2_1__x.sql}, {@code V2.1__x.sql}. */
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*\\.sql");
  private static final Pattern DESCRIPTION = Pattern.compile("[A-Za-z0-9_\\-]+");

  private FlywayMigrations() {}

  /**
   * Writes the statements {@code db} lacks of {@code schema} as the next versioned migration in
   * {@code directory} (created if missing); writes nothing when there are none.
   *
   * @return the file written, or empty when the database already has everything of the schema
   */
  public static Optional<Path> writeAlter(
      Joinery db, SchemaDef schema, Path directory, String description) {
    List<String> statements = db.plan(schema, SyncMode.ALTER);
    if (statements.isEmpty()) return Optional.empty();
    String header = "-- " + description.strip() + ": what " + db.dialect().name()
        + " lacked of the Joinery schema (db.plan(schema, ALTER)).";
    return Optional.of(write(directory, description, header, statements));
  }

  /**
   * Writes {@code statements} as {@code V<next>__<description>.sql} in {@code directory}: the
   * header comment, then each statement followed by {@code ;} and a blank line.
   */
  public static Path write(Path directory, String description, String header, List<String> statements) {
    String name = fileName(nextVersion(directory), description);
    StringBuilder text = new StringBuilder();
    if (header != null && !header.isBlank()) text.append(header.strip()).append("\n\n");
    statements.forEach(statement -> text.append(statement).append(";\n\n"));
    Path file = directory.resolve(name);
    try {
      Files.createDirectories(directory);
      // CREATE_NEW: an existing file of that name is an applied migration; never overwrite it.
      Files.writeString(file, text, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new MigrationWriteException("Cannot write migration " + file + ": " + e, e);
    }
    return file;
  }

  /** One more than the highest major version of the directory's migrations; 1 when it has none. */
  public static int nextVersion(Path directory) {
    if (!Files.isDirectory(directory)) return 1;
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .max().orElse(0) + 1;
    } catch (IOException e) {
      throw new MigrationWriteException("Cannot list migrations in " + directory + ": " + e, e);
    }
  }

  /**
   * {@code V<version>__<description>.sql}, the description's spaces made underscores (Flyway
   * shows them as spaces again).
   */
  public static String fileName(int version, String description) {
    String words = description == null ? "" : description.strip().replaceAll("\\s+", "_");
    if (!DESCRIPTION.matcher(words).matches()) {
      throw new MigrationWriteException("Migration description \"" + description
          + "\" must be words of letters, digits, '-' and '_' (spaces become '_'), "
          + "for example \"add author bio\"");
    }
    return "V" + version + "__" + words + ".sql";
  }
}
