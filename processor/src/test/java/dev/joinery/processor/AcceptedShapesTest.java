package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.GeneratedClasses;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import dev.joinery.validation.Violation;
import dev.joinery.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed tutorials' models compile without a warning, and their generated definitions carry
 * the keys, rules and indexes Sequelize would create, in foreign-key order.
 */
class AcceptedShapesTest {

  @Test
  void customersHaveOneAddress() {
    GeneratedClasses classes = compile("customers");
    SchemaDef schema = classes.schema("shapes.customers");

    assertThat(names(schema)).containsExactly("customers", "addresses").inOrder();
    TableDef addresses = schema.tables().get(1);
    // The inverse pair is one key; the explicit CASCADE of the belongsTo wins over hasOne's default.
    assertThat(addresses.foreignKeys()).containsExactly(new ForeignKeyDef(
        "addresses_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"),
        ReferentialAction.CASCADE, ReferentialAction.CASCADE));
    // The unique index starts with the key, so hasOne adds none of its own.
    assertThat(addresses.indexes()).containsExactly(
        new IndexDef("addresses_customer_id_unique", List.of("customer_id"), true));
    assertThat(schema.tables().get(0).foreignKeys()).isEmpty();
    assertThat(schema.tables().get(0).column("firstname").orElseThrow().length()).isEqualTo(100);
    assertThat(schema.tables().get(0).column("age").orElseThrow().nullable()).isFalse();

    TableMeta<?> customers = classes.table("shapes.customers.CustomerTable");
    Association<?, ?> address = customers.associationByName("address");
    assertThat(address.kind()).isEqualTo(AssociationKind.HAS_ONE);
    assertThat(address.sourceKey().name()).isEqualTo("id");
    assertThat(address.targetKey().name()).isEqualTo("customer_id");
    assertThat(address.target().name()).isEqualTo("addresses");
  }

  @Test
  void tutorialsHaveManyComments() {
    GeneratedClasses classes = compile("tutorials");
    SchemaDef schema = classes.schema("shapes.tutorials");

    assertThat(names(schema)).containsExactly("tutorials", "comments").inOrder();
    TableDef comments = schema.tables().get(1);
    // Default keys on both sides (tutorialId) make one nullable key: SET NULL on delete.
    assertThat(comments.foreignKeys()).containsExactly(new ForeignKeyDef(
        "comments_tutorial_id_fkey", List.of("tutorial_id"), "tutorials", List.of("id"),
        ReferentialAction.SET_NULL, ReferentialAction.CASCADE));
    // Every foreign key is indexed, so to-many includes (WHERE tutorial_id IN (...)) use it.
    assertThat(comments.indexes()).containsExactly(
        new IndexDef("comments_tutorial_id", List.of("tutorial_id"), false));
    assertThat(comments.column("text").orElseThrow().text()).isTrue();

    TableMeta<?> tutorials = classes.table("shapes.tutorials.TutorialTable");
    assertThat(tutorials.columnByProperty("createdAt").isCreatedAt()).isTrue();
    assertThat(tutorials.columnByProperty("createdAt").name()).isEqualTo("created_at");
    assertThat(tutorials.associationByName("comments").toMany()).isTrue();
  }

  @Test
  void tagsAndTutorialsThroughOneJunctionTable() {
    GeneratedClasses classes = compile("tags");
    SchemaDef schema = classes.schema("shapes.tags");

    assertThat(names(schema)).containsExactly("tags", "tutorials", "tutorial_tags").inOrder();
    TableDef junction = schema.tables().get(2);
    assertThat(junction.primaryKey()).containsExactly("tag_id", "tutorial_id").inOrder();
    assertThat(junction.columns()).containsExactly(
        ColumnDef.of("tag_id", ValueType.LONG).notNull(),
        ColumnDef.of("tutorial_id", ValueType.LONG).notNull()).inOrder();
    assertThat(junction.foreignKeys()).containsExactly(
        new ForeignKeyDef("tutorial_tags_tag_id_fkey", List.of("tag_id"), "tags", List.of("id"),
            ReferentialAction.CASCADE, ReferentialAction.CASCADE),
        new ForeignKeyDef("tutorial_tags_tutorial_id_fkey", List.of("tutorial_id"), "tutorials",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE)).inOrder();
    assertThat(schema.tables().get(0).indexes()).containsExactly(
        new IndexDef("tags_name_unique", List.of("name"), true));

    Association<?, ?> tags = classes.table("shapes.tags.TutorialTable").associationByName("tags");
    assertThat(tags.junction().table()).isEqualTo("tutorial_tags");
    assertThat(tags.junction().sourceColumn()).isEqualTo("tutorial_id");
    assertThat(tags.junction().targetColumn()).isEqualTo("tag_id");
    Association<?, ?> tutorials = classes.table("shapes.tags.TagTable").associationByName("tutorials");
    assertThat(tutorials.junction().sourceColumn()).isEqualTo("tag_id");
    assertThat(tutorials.junction().targetColumn()).isEqualTo("tutorial_id");
  }

  @Test
  void junctionKeysNameColumnsByTheRuleOfEveryColumn() {
    GeneratedClasses classes = compile("actors");
    SchemaDef schema = classes.schema("shapes.actors");

    // foreignKey = "movieId", otherKey = "actorId": snake_case columns, as a component's would be.
    TableDef junction = schema.tables().get(2);
    assertThat(junction.name()).isEqualTo("actor_movies");
    assertThat(junction.columns()).containsExactly(
        ColumnDef.of("actor_id", ValueType.LONG).notNull(),
        ColumnDef.of("movie_id", ValueType.LONG).notNull()).inOrder();
    assertThat(junction.primaryKey()).containsExactly("actor_id", "movie_id").inOrder();
    assertThat(junction.indexes()).containsExactly(
        new IndexDef("actor_movies_movie_id", List.of("movie_id"), false));
    assertThat(junction.foreignKeys()).containsExactly(
        new ForeignKeyDef("actor_movies_actor_id_fkey", List.of("actor_id"), "actors",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE),
        new ForeignKeyDef("actor_movies_movie_id_fkey", List.of("movie_id"), "movies",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE)).inOrder();

    Association<?, ?> actors =
        classes.table("shapes.actors.MovieTable").associationByName("actors");
    assertThat(actors.junction().sourceColumn()).isEqualTo("movie_id");
    assertThat(actors.junction().targetColumn()).isEqualTo("actor_id");
  }

  @Test
  void usersBelongToProfilesOnUuidKeys() {
    GeneratedClasses classes = compile("profiles");
    SchemaDef schema = classes.schema("shapes.profiles");

    assertThat(names(schema)).containsExactly("user_profiles", "users").inOrder();
    TableDef users = schema.tables().get(1);
    assertThat(users.foreignKeys()).containsExactly(new ForeignKeyDef(
        "users_profile_fkey", List.of("profile"), "user_profiles", List.of("userProfileId"),
        ReferentialAction.SET_NULL, ReferentialAction.CASCADE));
    assertThat(users.column("userId").orElseThrow())
        .isEqualTo(ColumnDef.of("userId", ValueType.UUID).notNull());
    assertThat(users.column("photo").orElseThrow().length()).isEqualTo(1024);
    assertThat(users.column("firstName").orElseThrow().nullable()).isFalse();

    TableMeta<?> meta = classes.table("shapes.profiles.UserTable");
    assertThat(meta.primaryKey().isUuidV4()).isTrue();
    assertThat(rules(meta, null, null, null, "not an e-mail", null, null, "ftp:/nope",
        null, null, null, null)).containsExactly(
        "users.firstName cannot be null",
        "users.email must be an e-mail address",
        "users.photo must be a URL").inOrder();
    // The UUID key is filled by the runtime: a null one is no violation.
    assertThat(rules(meta, null, "Ann", null, "ann@example.com", null, null,
        "https://example.com/ann.png", null, null, null, null)).isEmpty();
  }

  @Test
  void storiesHaveAnAuthorWithTimestampsAndUnsignedKeys() {
    GeneratedClasses classes = compile("stories");
    SchemaDef schema = classes.schema("shapes.stories");

    assertThat(names(schema)).containsExactly("users", "stories").inOrder();
    TableDef stories = schema.tables().get(1);
    // created_by is NOT NULL: Sequelize cascades instead of setting it null.
    assertThat(stories.foreignKeys()).containsExactly(new ForeignKeyDef(
        "stories_created_by_fkey", List.of("created_by"), "users", List.of("user_id"),
        ReferentialAction.CASCADE, ReferentialAction.CASCADE));
    // hasOne indexes its key (non-unique unless asked).
    assertThat(stories.indexes()).containsExactly(
        new IndexDef("stories_created_by", List.of("created_by"), false));
    assertThat(stories.columns()).containsExactly(
        ColumnDef.of("story_id", ValueType.INT).asUnsigned().asAutoIncrement(),
        ColumnDef.of("created_by", ValueType.INT).asUnsigned().notNull(),
        ColumnDef.of("title", ValueType.STRING).notNull(),
        ColumnDef.of("content", ValueType.STRING).asText().notNull(),
        // NOT NULL, as Sequelize's createdAt and updatedAt.
        ColumnDef.of("created_at", ValueType.INSTANT).notNull(),
        ColumnDef.of("updated_at", ValueType.INSTANT).notNull()).inOrder();

    TableMeta<?> meta = classes.table("shapes.stories.StoryTable");
    assertThat(meta.columnByProperty("updatedAt").isUpdatedAt()).isTrue();
    assertThat(meta.associationByName("author").sourceKey().name()).isEqualTo("created_by");
    // Timestamps and the generated key are filled by the runtime; the other NOT NULLs are checked.
    assertThat(rules(meta, null, null, null, null, null, null, null)).containsExactly(
        "stories.created_by cannot be null",
        "stories.title cannot be null",
        "stories.content cannot be null").inOrder();
  }

  @Test
  void tasksCarryEveryHasOneOption() {
    GeneratedClasses classes = compile("tasks");
    SchemaDef schema = classes.schema("shapes.tasks");

    assertThat(names(schema)).containsExactly("users", "tasks").inOrder();
    assertThat(schema.tables().get(0).indexes()).containsExactly(
        new IndexDef("users_first_name_unique", List.of("first_name"), true));
    TableDef tasks = schema.tables().get(1);
    assertThat(tasks.foreignKeys()).containsExactly(new ForeignKeyDef(
        "task_user_fk", List.of("task_owner"), "users", List.of("first_name"),
        ReferentialAction.RESTRICT, ReferentialAction.RESTRICT));
    assertThat(tasks.indexes()).containsExactly(
        new IndexDef("tasks_task_owner_unique", List.of("task_owner"), true));

    Association<?, ?> task = classes.table("shapes.tasks.UserTable").associationByName("task");
    assertThat(task.sourceKey().property()).isEqualTo("firstName");
    assertThat(task.targetKey().name()).isEqualTo("task_owner");
  }

  @Test
  void generatedTablesListEveryRecordInForeignKeyOrder() {
    GeneratedClasses classes = compile("stories");
    assertThat(classes.tables("shapes.stories").stream().map(TableMeta::name).toList())
        .containsExactly("users", "stories").inOrder();
    TableMeta<?> users = classes.tables("shapes.stories").get(0);
    assertThat(users.columns().stream().map(TableColumn::name).toList())
        .containsExactly("user_id", "username", "email", "password").inOrder();
    assertThat(users.componentCount()).isEqualTo(5);
  }

  @Test
  void secretComponentsAreMarkedOnTheirColumnOnly() {
    TableMeta<?> users = compile("stories").table("shapes.stories.UserTable");
    assertThat(users.columns().stream().filter(TableColumn::isSecret).map(TableColumn::name)
        .toList()).containsExactly("password");
    // A secret is hidden from logs and JSON, not from the database: the DDL is unchanged.
    assertThat(users.definition().column("password").orElseThrow())
        .isEqualTo(ColumnDef.of("password", ValueType.STRING));
  }

  private static GeneratedClasses compile(String shape) {
    Compilation compilation = Compilations.compile(Compilations.shape(shape));
    assertThat(compilation).succeededWithoutWarnings();
    return new GeneratedClasses(compilation);
  }

  private static List<String> names(SchemaDef schema) {
    return schema.tables().stream().map(TableDef::name).toList();
  }

  /** Builds a record from its components and returns the messages of its violations. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> rules(TableMeta meta, Object... components) {
    Object row = meta.construct(components);
    Violations violations = new Violations();
    meta.validate(row, violations);
    return violations.list().stream().map(Violation::message).toList();
  }
}
