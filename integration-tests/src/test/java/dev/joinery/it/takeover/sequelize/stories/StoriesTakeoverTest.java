package dev.joinery.it.takeover.sequelize.stories;

import static dev.joinery.it.takeover.Takeover.concat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.takeover.SequelizeJson;
import dev.joinery.it.takeover.SequelizeNode;
import dev.joinery.it.takeover.Takeover;
import dev.joinery.query.Query;
import dev.joinery.schema.Drift;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;

/**
 * Seed 004 on a database Sequelize synced and filled: users with their story, unsigned keys,
 * {@code created_at}/{@code updated_at}. Sequelize drops {@code UNSIGNED} on PostgreSQL (it warns)
 * where Joinery widens an unsigned INT to BIGINT: the plan reports those keys there.
 */
class StoriesTakeoverTest {
  private static Query<User> findAll() {
    return Query.include(UserTable.STORY).orderBy(UserTable.USER_ID.asc());
  }

  private static List<Drift> unsignedOnPostgres(TestDatabase db, String table, String... columns) {
    if (db.engine() != Engine.POSTGRESQL) return List.of();
    return java.util.Arrays.stream(columns)
        .map(column -> new Drift(Drift.Kind.TYPE, table, column, "BIGINT", "integer")).toList();
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void joineryReadsAndWritesWhatSequelizeReadsAndWrites(TestDatabase db) {
    String sequelize = SequelizeNode.fill(db, "stories");
    UserDao users = db.jdbi().onDemand(UserDao.class);

    SyncPlan plan = Takeover.plan(db, UserTable.INSTANCE.definition(), StoryTable.INSTANCE.definition());
    assertThat(plan.statements()).isEqualTo(db.engine() == Engine.MARIADB ? List.of()
        : db.dialect().alterTable(StoryTable.INSTANCE.definition(), List.of(), StoryTable.INSTANCE.definition().indexes(),
            List.of()));
    assertThat(plan.drift()).isEqualTo(concat(
        unsignedOnPostgres(db, "users", "user_id"),
        unsignedOnPostgres(db, "stories", "story_id", "created_by")));

    assertThat(SequelizeJson.of(users.findAllAsMaps(findAll())))
        .hasSize(2)
        .isEqualTo(SequelizeJson.parse(sequelize));

    users.create(new User(null, "ivan", "ivan@example.com", "pelmeni", null, null,
        new Story(null, null, "pelmeni", "how to fold them", null, null, null)), UserTable.STORY);
    List<Object> read = SequelizeJson.parse(SequelizeNode.read(db, "stories"));
    assertThat(read).hasSize(3)
        .isEqualTo(SequelizeJson.of(users.findAllAsMaps(findAll())));
    assertThat(read.get(2).toString()).contains("username=ivan", "created_by=3", "content=how to fold them");
  }
}
