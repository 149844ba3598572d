package dev.joinery.it.takeover.sequelize.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.it.takeover.SequelizeJson;
import dev.joinery.it.takeover.SequelizeNode;
import dev.joinery.it.takeover.Takeover;
import dev.joinery.query.Query;
import dev.joinery.schema.LiveColumn;
import dev.joinery.schema.LiveSchema;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.UUID;

/**
 * Seed 003 on a database Sequelize synced and filled: users and their profiles on UUID keys
 * (MariaDB: {@code CHAR(36) BINARY}, utf8mb4_bin, in utf8mb4_general_ci tables), and a new
 * Joinery table whose foreign key references Sequelize's UUID key.
 */
class ProfilesTakeoverTest {
  private static Query<User> findAll() {
    return Query.include(UserTable.USER_PROFILE).orderBy(UserTable.FIRST_NAME.asc());
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void joineryReadsAndWritesWhatSequelizeReadsAndWrites(TestDatabase db) {
    String sequelize = SequelizeNode.fill(db, "profiles");
    UserDao users = db.jdbi().onDemand(UserDao.class);

    SyncPlan plan = Takeover.plan(db, UserProfileTable.INSTANCE.definition(), UserTable.INSTANCE.definition());
    assertThat(plan.statements()).isEqualTo(db.engine() == Engine.MARIADB ? List.of()
        : db.dialect().alterTable(UserTable.INSTANCE.definition(), List.of(), UserTable.INSTANCE.definition().indexes(),
            List.of()));
    assertThat(plan.drift()).isEmpty();

    assertThat(SequelizeJson.of(users.findAllAsMaps(findAll())))
        .hasSize(3)
        .isEqualTo(SequelizeJson.parse(sequelize));

    // A belongsTo nested create: the profile first, then the user holding its key.
    User joan = users.create(new User(null, "Joan", "Clarke", "joan@example.com", null, null, null,
        null, null, null, new UserProfile(null, "Hut 8", null, null)), UserTable.USER_PROFILE);
    List<Object> read = SequelizeJson.parse(SequelizeNode.read(db, "profiles"));
    assertThat(read).hasSize(4)
        .isEqualTo(SequelizeJson.of(users.findAllAsMaps(findAll())));
    assertThat(read.toString()).contains("profile=" + joan.profile(), "address=Hut 8");
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void aNewTableReferencesSequelizesUuidKey(TestDatabase db) {
    SequelizeNode.fill(db, "profiles");
    SchemaDef schema = new SchemaDef(List.of(UserProfileTable.INSTANCE.definition(), UserTable.INSTANCE.definition(),
        BadgeTable.INSTANCE.definition()));

    SyncPlan plan = Takeover.sync(db, UserProfileTable.INSTANCE.definition(), UserTable.INSTANCE.definition(),
        BadgeTable.INSTANCE.definition());

    // The new table as the DDL resources write it: on MariaDB its utf8mb4_bin CHAR(36) is the
    // collation of Sequelize's CHAR(36) BINARY already, so no clause is added.
    assertThat(plan.statements()).containsSubsequence(
        db.dialect().createTable(BadgeTable.INSTANCE.definition(), true),
        db.dialect().createIndex(BadgeTable.INSTANCE.definition(), BadgeTable.INSTANCE.definition().indexes().get(0)));
    LiveSchema live = db.jdbi().withHandle(h -> SchemaSync.liveSchema(h, schema));
    LiveColumn key = live.column("users", "userId").orElseThrow();
    LiveColumn reference = live.column("Badges", "userId").orElseThrow();
    assertThat(reference.collation()).isEqualTo(key.collation());
    assertThat(reference.characterSet()).isEqualTo(key.characterSet());
    if (db.engine() == Engine.MARIADB) assertThat(key.collation()).isEqualTo("utf8mb4_bin");

    UserDao users = db.jdbi().onDemand(UserDao.class);
    BadgeDao badges = db.jdbi().onDemand(BadgeDao.class);
    User ada = users.findAll(Query.where(UserTable.FIRST_NAME.eq("Ada"))).get(0);
    badges.create(new Badge(null, "first programmer", ada.userId(), null));
    assertThat(badges.findAll(Query.include(BadgeTable.USER)).get(0).user().lastName())
        .isEqualTo("Lovelace");
    assertThatThrownBy(() -> badges.create(new Badge(null, "nobody", UUID.randomUUID(), null)))
        .isInstanceOf(ForeignKeyConstraintException.class);
    assertThat(Takeover.plan(db, UserProfileTable.INSTANCE.definition(), UserTable.INSTANCE.definition(),
        BadgeTable.INSTANCE.definition()).statements()).isEmpty();
  }
}
