package dev.joinery.it.takeover.sequelize.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.takeover.SequelizeJson;
import dev.joinery.it.takeover.SequelizeNode;
import dev.joinery.it.takeover.Takeover;
import dev.joinery.query.Query;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Seed 001 on a database Sequelize synced and filled: {@code "Users"} and {@code "Tasks"} with
 * the default key {@code UserId}, no timestamps, and the tutorial's unique index on the key, which
 * serves the plain index Joinery wants there (no second one).
 */
class TasksTakeoverTest {
  private static Query<User> findAll() {
    return Query.include(UserTable.TASK).orderBy(UserTable.ID.asc());
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void joineryReadsAndWritesWhatSequelizeReadsAndWrites(TestDatabase db) {
    String sequelize = SequelizeNode.fill(db, "tasks");
    UserDao users = db.jdbi().onDemand(UserDao.class);

    SyncPlan plan = Takeover.plan(db, UserTable.INSTANCE.definition(), TaskTable.INSTANCE.definition());
    assertThat(plan.statements()).isEmpty();
    assertThat(plan.drift()).isEmpty();

    assertThat(SequelizeJson.of(users.findAllAsMaps(findAll())))
        .hasSize(3)
        .isEqualTo(SequelizeJson.parse(sequelize));

    users.create(new User(null, "Lin", new Task(null, "Review the takeover", null, null)),
        UserTable.TASK);
    List<Object> read = SequelizeJson.parse(SequelizeNode.read(db, "tasks"));
    assertThat(read).hasSize(4)
        .isEqualTo(SequelizeJson.of(users.findAllAsMaps(findAll())));
    assertThat(read.get(3).toString()).contains("firstName=Lin", "taskName=Review the takeover", "UserId=4");
  }
}
