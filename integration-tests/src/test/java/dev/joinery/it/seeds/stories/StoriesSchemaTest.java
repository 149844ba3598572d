package dev.joinery.it.seeds.stories;

import static dev.joinery.it.LiveSchema.columns;
import static dev.joinery.it.LiveSchema.declaredIndexes;
import static dev.joinery.it.LiveSchema.instant;
import static dev.joinery.it.LiveSchema.text;
import static dev.joinery.it.LiveSchema.unsignedInteger;
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

/** Seed 004 after {@code sync}: unsigned keys, created_by, renamed timestamps. */
class StoriesSchemaTest {
  @DatabaseTest
  void usersHaveAnUnsignedAutoIncrementKey(TestDatabase db) {
    SeedDb.syncAll(db);

    assertThat(columns(db, "story_users")).containsExactly(
        "user_id " + unsignedInteger(db) + " NOT NULL AUTO_INCREMENT",
        "username " + varchar(db, 255) + " NOT NULL",
        "email " + varchar(db, 255),
        "password " + varchar(db, 255));
    assertThat(Catalog.of(db).primaryKey("story_users")).containsExactly("user_id");
    assertThat(declaredIndexes(db, "story_users")).isEmpty();
  }

  @DatabaseTest
  void storiesReferenceTheirAuthorThroughCreatedBy(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "stories")).containsExactly(
        "story_id " + unsignedInteger(db) + " NOT NULL AUTO_INCREMENT",
        "created_by " + unsignedInteger(db) + " NOT NULL",
        "title " + varchar(db, 255) + " NOT NULL",
        "content " + text(db) + " NOT NULL",
        "created_at " + instant(db) + " NOT NULL",
        "updated_at " + instant(db) + " NOT NULL");
    assertThat(catalog.primaryKey("stories")).containsExactly("story_id");
    // hasOne 'story' and belongsTo 'author' are one constraint; NOT NULL key: CASCADE.
    assertThat(catalog.foreignKeys("stories").values()).containsExactly(
        new ForeignKeyFact("stories_created_by_fkey", List.of("created_by"), "story_users",
            List.of("user_id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE));
    // Sequelize's non-unique index on a hasOne's foreign key.
    assertThat(declaredIndexes(db, "stories")).containsExactly(
        new IndexFact("stories_created_by", List.of("created_by"), false));
  }
}
