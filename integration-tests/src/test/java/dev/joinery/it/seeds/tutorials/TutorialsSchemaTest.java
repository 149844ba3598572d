package dev.joinery.it.seeds.tutorials;

import static dev.joinery.it.LiveSchema.bigint;
import static dev.joinery.it.LiveSchema.bool;
import static dev.joinery.it.LiveSchema.columns;
import static dev.joinery.it.LiveSchema.declaredIndexes;
import static dev.joinery.it.LiveSchema.instant;
import static dev.joinery.it.LiveSchema.text;
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

/** Seed 002 and the many-to-many after {@code sync}: tutorials, comments, tags, tutorial_tags. */
class TutorialsSchemaTest {
  @DatabaseTest
  void tutorialsHaveSequelizesTimestamps(TestDatabase db) {
    SeedDb.syncAll(db);

    assertThat(columns(db, "tutorials")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "title " + varchar(db, 255),
        "description " + varchar(db, 255),
        "published " + bool(db) + " NOT NULL",
        "created_at " + instant(db) + " NOT NULL",
        "updated_at " + instant(db) + " NOT NULL");
    assertThat(Catalog.of(db).primaryKey("tutorials")).containsExactly("id");
    assertThat(declaredIndexes(db, "tutorials")).isEmpty();
  }

  @DatabaseTest
  void commentsReferenceTheirTutorialWithHasManysDefaultRules(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "comments")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "name " + varchar(db, 255),
        "text " + text(db),
        "tutorial_id " + bigint(db));
    // Nullable key: ON DELETE SET NULL, ON UPDATE CASCADE, as Sequelize's hasMany.
    assertThat(catalog.foreignKeys("comments").values()).containsExactly(
        new ForeignKeyFact("comments_tutorial_id_fkey", List.of("tutorial_id"), "tutorials",
            List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE));
    // Every foreign key is indexed, so including comments (WHERE tutorial_id IN (...)) uses it.
    assertThat(declaredIndexes(db, "comments"))
        .containsExactly(new IndexFact("comments_tutorial_id", List.of("tutorial_id"), false));
  }

  @DatabaseTest
  void tagsHaveAUniqueName(TestDatabase db) {
    SeedDb.syncAll(db);

    assertThat(columns(db, "tags")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "name " + varchar(db, 50) + " NOT NULL");
    assertThat(declaredIndexes(db, "tags")).containsExactly(
        new IndexFact("tags_name_unique", List.of("name"), true));
  }

  @DatabaseTest
  void theJunctionHasACompositeKeyAndCascadesBothWays(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "tutorial_tags")).containsExactly(
        "tag_id " + bigint(db) + " NOT NULL",
        "tutorial_id " + bigint(db) + " NOT NULL");
    assertThat(catalog.primaryKey("tutorial_tags")).containsExactly("tag_id", "tutorial_id");
    assertThat(catalog.foreignKeys("tutorial_tags").values()).containsExactly(
        new ForeignKeyFact("tutorial_tags_tag_id_fkey", List.of("tag_id"), "tags",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE),
        new ForeignKeyFact("tutorial_tags_tutorial_id_fkey", List.of("tutorial_id"), "tutorials",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE));
    // The key's first column serves lookups by tag; tutorials need an index of their own.
    assertThat(declaredIndexes(db, "tutorial_tags")).containsExactly(
        new IndexFact("tutorial_tags_tutorial_id", List.of("tutorial_id"), false));
  }
}
