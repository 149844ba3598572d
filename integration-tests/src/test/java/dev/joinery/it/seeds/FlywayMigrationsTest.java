package dev.joinery.it.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.meta.ValueType;
import dev.joinery.migration.FlywayMigrations;
import dev.joinery.migration.WriteMigration;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.TableDef;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joinery's schema under real Flyway: the processor's baseline
 * ({@code db/joinery/<dialect>/V1__joinery_baseline.sql}) is a migration Flyway runs, and
 * {@link FlywayMigrations} writes the next versioned migration from a model change, which Flyway
 * runs too, after which {@code plan(ALTER)} has nothing left and no further file is written.
 */
class FlywayMigrationsTest {

  @DatabaseTest
  void flywayRunsTheBaselineFromTheClassPath(TestDatabase db) {
    MigrateResult result = Flyway.configure().dataSource(db.dataSource())
        .locations("classpath:db/joinery/" + db.dialect().name())
        .load().migrate();

    assertThat(result.migrations).extracting(m -> m.version + " " + m.description)
        .containsExactly("1 joinery baseline");
    try (Joinery joinery = Joinery.connect(db.dataSource())) {
      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER)).isEmpty();
    }
  }

  @DatabaseTest
  void baselineThenAWrittenMigrationThenNothingLeft(TestDatabase db, @TempDir Path migrations)
      throws IOException {
    // V1: the baseline, copied into the project's migrations (README, Flyway).
    Files.writeString(migrations.resolve("V1__joinery_baseline.sql"),
        resource("db/joinery/" + db.dialect().name() + "/V1__joinery_baseline.sql"));
    assertThat(migrate(db, migrations).migrationsExecuted).isEqualTo(1);
    db.execute("INSERT INTO " + db.q("customers") + " (" + db.q("firstname") + ", "
        + db.q("lastname") + ", " + db.q("age") + ") VALUES ('Jack', 'Davis', 37)");

    try (Joinery joinery = Joinery.connect(db.dataSource())) {
      SchemaDef changed = withNickname(JoinerySchema.DEFINITION);
      Path v2 = FlywayMigrations.writeAlter(joinery, changed, migrations, "add customer nickname")
          .orElseThrow();

      assertThat(v2.getFileName()).hasToString("V2__add_customer_nickname.sql");
      assertThat(Files.readString(v2)).contains(db.q("nickname")).contains("customers_nickname");
      MigrateResult result = migrate(db, migrations);
      assertThat(result.migrationsExecuted).isEqualTo(1);
      assertThat(result.targetSchemaVersion).isEqualTo("2");
      assertThat(joinery.plan(changed, SyncMode.ALTER)).isEmpty();
      assertThat(FlywayMigrations.writeAlter(joinery, changed, migrations, "nothing")).isEmpty();
    }
    assertThat(files(migrations))
        .containsExactly("V1__joinery_baseline.sql", "V2__add_customer_nickname.sql");
    List<String> firstnames = db.jdbi().withHandle(h -> h.createQuery("SELECT "
        + db.q("firstname") + " FROM " + db.q("customers")).mapTo(String.class).list());
    assertThat(firstnames).as("rows written before V2").containsExactly("Jack");
  }

  @DatabaseTest
  void theCommandWritesTheWholeSchemaAsV1OnAnEmptyDatabase(TestDatabase db, @TempDir Path migrations)
      throws IOException {
    Files.writeString(migrations.resolve("README.txt"), "not a migration");

    String printed = run("--url=" + db.jdbcUrl(), "--dir=" + migrations,
        "--description=initial schema");

    Path v1 = migrations.resolve("V1__initial_schema.sql");
    assertThat(printed).isEqualTo("Wrote " + v1);
    assertThat(statements(Files.readString(v1)))
        .isEqualTo(DdlScript.statements(JoinerySchema.DEFINITION, db.dialect()));
    assertThat(migrate(db, migrations).migrationsExecuted).isEqualTo(1);
    assertThat(run("--url=" + db.jdbcUrl(), "--dir=" + migrations,
        "--description=again")).startsWith("Nothing to write");
    assertThat(files(migrations)).containsExactly("README.txt", "V1__initial_schema.sql");
  }

  /** The model after a change: customers gain a nullable, indexed {@code nickname}. */
  private static SchemaDef withNickname(SchemaDef schema) {
    List<TableDef> tables = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      if (table.name().equals("customers")) {
        List<ColumnDef> columns = new ArrayList<>(table.columns());
        columns.add(ColumnDef.of("nickname", ValueType.STRING).withLength(40));
        List<IndexDef> indexes = new ArrayList<>(table.indexes());
        indexes.add(new IndexDef("customers_nickname", List.of("nickname"), false));
        table = new TableDef(table.name(), columns, table.primaryKey(), indexes, table.foreignKeys());
      }
      tables.add(table);
    }
    return new SchemaDef(tables);
  }

  private static MigrateResult migrate(TestDatabase db, Path migrations) {
    return Flyway.configure().dataSource(db.dataSource())
        .locations("filesystem:" + migrations).load().migrate();
  }

  /** What the command prints, having asserted that it exited with 0. */
  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = WriteMigration.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  private static List<String> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The statements of a migration: what lies between {@code ;} line ends, comments dropped. */
  private static List<String> statements(String script) {
    return Stream.of(script.split(";\n"))
        .map(s -> String.join("\n", s.lines().filter(line -> !line.startsWith("--")).toList()).strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = FlywayMigrationsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
