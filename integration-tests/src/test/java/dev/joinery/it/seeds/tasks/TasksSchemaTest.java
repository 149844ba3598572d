package dev.joinery.it.seeds.tasks;

import static dev.joinery.it.LiveSchema.bigint;
import static dev.joinery.it.LiveSchema.columns;
import static dev.joinery.it.LiveSchema.declaredIndexes;
import static dev.joinery.it.LiveSchema.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.it.SeedDb;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.Catalog.ForeignKeyFact;
import dev.joinery.testing.Catalog.IndexFact;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;

/** Seed 001 after {@code sync}: every hasOne option of the tutorial is in the catalog. */
class TasksSchemaTest {
  @DatabaseTest
  void usersHaveAUniqueFirstNameForTheForeignKeyToReference(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "task_users")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "first_name " + varchar(db, 100));
    assertThat(catalog.primaryKey("task_users")).containsExactly("id");
    assertThat(declaredIndexes(db, "task_users")).containsExactly(
        new IndexFact("task_users_first_name_unique", List.of("first_name"), true));
  }

  @DatabaseTest
  void tasksReferenceTheOwnersFirstNameWithRestrictRulesAndAUniqueIndex(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "tasks")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "task_name " + varchar(db, 255),
        "task_owner " + varchar(db, 100));
    assertThat(catalog.primaryKey("tasks")).containsExactly("id");
    // foreignKey "task_owner", sourceKey "firstName", uniqueKey "task_user_fk", RESTRICT both.
    assertThat(catalog.foreignKeys("tasks").values()).containsExactly(
        new ForeignKeyFact("task_user_fk", List.of("task_owner"), "task_users",
            List.of("first_name"), ReferentialAction.RESTRICT, ReferentialAction.RESTRICT));
    // The tutorial's indexes: [{unique: true, fields: [...]}], here @HasOne(unique = true).
    assertThat(declaredIndexes(db, "tasks")).containsExactly(
        new IndexFact("tasks_task_owner_unique", List.of("task_owner"), true));
  }
}
