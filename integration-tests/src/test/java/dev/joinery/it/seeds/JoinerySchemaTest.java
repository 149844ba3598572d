package dev.joinery.it.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.it.LiveSchema;
import dev.joinery.it.SeedDb;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The generated {@link JoinerySchema} of every seed as a whole: sync creates all of it, ALTER
 * right after finds nothing to do, and the DDL resource the processor wrote beside the classes
 * ({@code META-INF/joinery/<dialect>/schema.sql}) builds the same catalog on a fresh database.
 */
class JoinerySchemaTest {
  // Sorted as Java sorts strings: Sequelize-mode tables (capitalised) first; "Users" and "users"
  // are two tables.
  private static final List<String> TABLES = List.of("Children", "People", "Users", "actors",
      "addresses", "articles", "castings", "comments", "customers", "documents", "labels",
      "movies", "notes", "post_labels", "posts", "replica_authors", "replica_books", "replies",
      "stocks", "stories", "story_users", "tags", "task_users", "tasks", "tutorial_tags",
      "tutorials", "user_profiles", "users", "writers");

  @DatabaseTest
  void syncCreatesEveryTableOfEverySeed(TestDatabase db) {
    List<String> statements = SeedDb.syncAll(db);

    assertThat(Catalog.of(db).tables()).containsExactlyElementsOf(TABLES);
    assertThat(statements).isEqualTo(DdlScript.statements(JoinerySchema.DEFINITION, db.dialect()));
  }

  @DatabaseTest
  void alterRightAfterSyncPlansNothing(TestDatabase db) {
    try (Joinery joinery = Joinery.connect(db.dataSource())) {
      joinery.sync(JoinerySchema.DEFINITION);

      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER)).isEmpty();
      assertThat(joinery.sync(JoinerySchema.DEFINITION, SyncMode.ALTER)).isEmpty();
      assertThat(joinery.sync(JoinerySchema.DEFINITION)).as("a second CREATE").isEmpty();
    }
  }

  @DatabaseTest
  void theDdlResourceBuildsTheSameCatalogAsSync(TestDatabase db) throws IOException {
    String script = resource("META-INF/joinery/" + db.dialect().name() + "/schema.sql");
    assertThat(script).as("the resource and JoinerySchema come from one model")
        .isEqualTo(DdlScript.text(JoinerySchema.DEFINITION, db.dialect()));
    SeedDb.syncAll(db);

    try (TestDatabase fresh = TestDatabase.create(db.engine())) {
      fresh.execute(statements(script));

      assertThat(Catalog.of(fresh).tables()).containsExactlyElementsOf(TABLES);
      assertThat(LiveSchema.everything(fresh)).containsExactlyElementsOf(LiveSchema.everything(db));
      try (Joinery joinery = Joinery.connect(fresh.dataSource())) {
        assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER)).isEmpty();
      }
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = JoinerySchemaTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The script's statements as a migration tool would split them: at each {@code ;} ending a line. */
  private static String[] statements(String script) {
    String withoutComments = script.lines()
        .filter(line -> !line.startsWith("--"))
        .reduce("", (text, line) -> text + line + "\n");
    return Arrays.stream(withoutComments.split(";\\s*\\n"))
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .toArray(String[]::new);
  }
}
