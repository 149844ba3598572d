package dev.joinery.it.seeds.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.ValidationException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seed 001's flows through the generated DAOs: the raw JOIN mapped by the generated row mappers,
 * the unique foreign-key index, and RESTRICT on the owner's first name.
 */
class TasksTest {
  private TestDatabase db;
  private UserDao users;
  private TaskDao tasks;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "task_users", "tasks");
    users = db.jdbi().onDemand(UserDao.class);
    tasks = db.jdbi().onDemand(TaskDao.class);
  }

  private User nathan() {
    return users.create(new User(null, "Nathan", Task.of("Write a tutorial")), UserTable.TASK);
  }

  @DatabaseTest
  void theRawJoinMapsThroughTheGeneratedRowMappers(TestDatabase db) {
    User nathan = nathan();
    users.create(User.of("Jane"));
    String join = " FROM " + db.q("tasks") + " JOIN " + db.q("task_users") + " ON "
        + db.q("tasks") + "." + db.q("task_owner") + " = " + db.q("task_users") + "." + db.q("first_name");

    // SELECT * over the join: tasks' columns come first, so their id wins.
    List<Task> joinedTasks = db.jdbi().withHandle(h -> h.createQuery("SELECT *" + join)
        .map(TaskTable.INSTANCE.rowMapper()).list());
    List<User> joinedUsers = db.jdbi().withHandle(h -> h.createQuery(
            "SELECT " + db.q("task_users") + ".*" + join)
        .map(UserTable.INSTANCE.rowMapper()).list());

    assertThat(joinedTasks).containsExactly(
        new Task(nathan.task().id(), "Write a tutorial", "Nathan", null));
    assertThat(joinedUsers).containsExactly(new User(nathan.id(), "Nathan", null));
  }

  @DatabaseTest
  void theTaskJoinsItsOwnerOnTheFirstNameBothWays(TestDatabase db) {
    User nathan = nathan();
    users.create(User.of("Jane"));
    db.counter().reset();

    List<User> found = users.findAll(Query.<User>include(UserTable.TASK)
        .orderBy(UserTable.FIRST_NAME.asc()));
    Task task = tasks.findOne(Query.include(TaskTable.OWNER)).orElseThrow();

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).extracting(User::firstName).containsExactly("Jane", "Nathan");
    assertThat(found.get(0).task()).isNull();
    assertThat(found.get(1)).isEqualTo(nathan);
    assertThat(task.taskOwner()).isEqualTo("Nathan");
    assertThat(task.owner()).isEqualTo(new User(nathan.id(), "Nathan", null));
  }

  @DatabaseTest
  void aSecondTaskForTheSameOwnerViolatesTheUniqueIndex(TestDatabase db) {
    nathan();

    assertThatThrownBy(() -> tasks.create(new Task(null, "Another task", "Nathan", null)))
        .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
          assertThat(e).hasMessage("Unique constraint violated on tasks.task_owner (value already exists)");
          assertThat(e.table()).isEqualTo("tasks");
          assertThat(e.column()).isEqualTo("task_owner");
        });
    assertThat(SeedDb.lines(db, "SELECT \"task_name\", \"task_owner\" FROM \"tasks\""))
        .containsExactly("Write a tutorial|Nathan");
  }

  @DatabaseTest
  void restrictKeepsAnOwnerWhoHasATask(TestDatabase db) {
    User nathan = nathan();

    assertThatThrownBy(() -> users.destroy(nathan))
        .isInstanceOfSatisfying(ForeignKeyConstraintException.class, e -> {
          assertThat(e).hasMessage("Foreign key constraint violated on task_users.first_name"
              + " (other rows still reference it)");
          assertThat(e.table()).isEqualTo("task_users");
          assertThat(e.column()).isEqualTo("first_name");
        });
    assertThatThrownBy(() -> users.update(new User(nathan.id(), "Nate", null)))
        .as("ON UPDATE RESTRICT").isInstanceOf(ForeignKeyConstraintException.class);
    assertThat(SeedDb.lines(db, "SELECT \"first_name\" FROM \"task_users\"")).containsExactly("Nathan");
    assertThat(SeedDb.lines(db, "SELECT \"task_owner\" FROM \"tasks\"")).containsExactly("Nathan");
  }

  @DatabaseTest
  void aNestedUpdateMovesTheTaskByTheOwnersFirstNameNeverByItsIdAlone(TestDatabase db) {
    Task task = nathan().task();
    User jane = users.create(User.of("Jane"));
    db.counter().reset();

    assertThatThrownBy(() -> tasks.update(new Task(task.id(), task.taskName(), task.taskOwner(),
        new User(jane.id(), null, null)), TaskTable.OWNER))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Validation failed: task_users.first_name cannot be null in the tasks.owner"
            + " row given: tasks.task_owner refers to it; give the row with its first_name, or"
            + " leave its key out to create a new one");
    assertThat(db.counter().count()).as("the read of the stored tree only").isEqualTo(1);
    assertThat(SeedDb.lines(db, "SELECT \"task_owner\" FROM \"tasks\"")).containsExactly("Nathan");

    tasks.update(new Task(task.id(), task.taskName(), task.taskOwner(), jane), TaskTable.OWNER);
    assertThat(SeedDb.lines(db, "SELECT \"task_owner\" FROM \"tasks\"")).containsExactly("Jane");
  }
}
