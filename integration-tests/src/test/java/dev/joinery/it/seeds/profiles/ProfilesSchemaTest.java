package dev.joinery.it.seeds.profiles;

import static dev.joinery.it.LiveSchema.columns;
import static dev.joinery.it.LiveSchema.declaredIndexes;
import static dev.joinery.it.LiveSchema.instant;
import static dev.joinery.it.LiveSchema.uuid;
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

/** Seed 003 after {@code sync}: UUID keys, Sequelize's {@code field} names, a belongsTo. */
class ProfilesSchemaTest {
  @DatabaseTest
  void profilesHaveAUuidKey(TestDatabase db) {
    SeedDb.syncAll(db);

    assertThat(columns(db, "user_profiles")).containsExactly(
        "userProfileId " + uuid(db) + " NOT NULL",
        "address " + varchar(db, 100),
        "createdAt " + instant(db) + " NOT NULL",
        "updatedAt " + instant(db) + " NOT NULL");
    assertThat(Catalog.of(db).primaryKey("user_profiles")).containsExactly("userProfileId");
    assertThat(Catalog.of(db).foreignKeys("user_profiles")).isEmpty();
  }

  @DatabaseTest
  void usersKeepTheirFieldNamesAndReferenceTheProfilesTargetKey(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "users")).containsExactly(
        "userId " + uuid(db) + " NOT NULL",
        "firstName " + varchar(db, 100) + " NOT NULL",
        "lastName " + varchar(db, 100),
        "email " + varchar(db, 255),
        "userName " + varchar(db, 255),
        "phone " + varchar(db, 13),
        "photo " + varchar(db, 1024),
        "profile " + uuid(db),
        "createdAt " + instant(db) + " NOT NULL",
        "updatedAt " + instant(db) + " NOT NULL");
    assertThat(catalog.primaryKey("users")).containsExactly("userId");
    // belongsTo(foreignKey: 'profile', targetKey: 'userProfileId'); a nullable key: SET NULL.
    assertThat(catalog.foreignKeys("users").values()).containsExactly(
        new ForeignKeyFact("users_profile_fkey", List.of("profile"), "user_profiles",
            List.of("userProfileId"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE));
    // Every foreign key is indexed (Sequelize indexes only a hasOne's), the belongsTo's too.
    assertThat(declaredIndexes(db, "users"))
        .containsExactly(new IndexFact("users_profile", List.of("profile"), false));
  }
}
