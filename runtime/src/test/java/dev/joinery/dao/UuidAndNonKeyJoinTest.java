package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.ValidationException;
import dev.joinery.fixtures.Task;
import dev.joinery.fixtures.TaskDao;
import dev.joinery.fixtures.TaskTable;
import dev.joinery.fixtures.User;
import dev.joinery.fixtures.UserDao;
import dev.joinery.fixtures.UserProfile;
import dev.joinery.fixtures.UserProfileDao;
import dev.joinery.fixtures.UserTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import dev.joinery.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seeds 001 and 003: client-generated UUID keys, a belongsTo on a UUID foreign key to
 * {@code targetKey = "userProfileId"}, and a hasOne/belongsTo pair joined on a non-key column
 * ({@code users.first_name = tasks.task_owner}, NOT NULL, RESTRICT).
 */
class UuidAndNonKeyJoinTest {
  private TestDatabase db;
  private UserDao users;
  private TaskDao tasks;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    users = db.jdbi().onDemand(UserDao.class);
    tasks = db.jdbi().onDemand(TaskDao.class);
  }

  private User ada() {
    return users.create(new User(null, "Ada", "ada@example.org", null,
            UserProfile.of("mathematician"), Task.of("notes on the engine")),
        List.of(UserTable.USER_PROFILE.include(), UserTable.TASK.include()));
  }

  @DatabaseTest
  void nestedCreateFillsUuidsForeignKeysAndLocalDateTimes(TestDatabase db) {
    User ada = ada();

    assertThat(db.counter().count()).as("profile, user, task").isEqualTo(3);
    assertThat(ada.id()).isNotNull();
    assertThat(ada.userProfile().userProfileId()).isNotNull();
    assertThat(ada.profile()).isEqualTo(ada.userProfile().userProfileId());
    assertThat(ada.userProfile().createdAt()).isNotNull();
    assertThat(ada.task().taskOwner()).isEqualTo("Ada");
    assertThat(FixtureDb.column(db, "SELECT \"id\" FROM \"users\""))
        .containsExactly(ada.id().toString());
    assertThat(db.jdbi().onDemand(UserProfileDao.class).findByPk(ada.profile()))
        .contains(ada.userProfile());
  }

  @DatabaseTest
  void includesJoinOnUuidAndOnNonKeyColumnsBothWays(TestDatabase db) {
    User ada = ada();
    users.create(User.of("Alan", null));
    db.counter().reset();

    List<User> found = users.findAll(Query.<User>include(UserTable.USER_PROFILE)
        .with(UserTable.TASK).orderBy(UserTable.FIRST_NAME.asc()));
    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(found.get(0)).isEqualTo(ada);
    assertThat(found.get(1).userProfile()).isNull();
    assertThat(found.get(1).task()).isNull();

    Task task = tasks.findOne(Query.<Task>include(TaskTable.OWNER.include(UserTable.USER_PROFILE)))
        .orElseThrow();
    assertThat(task.owner().id()).isEqualTo(ada.id());
    assertThat(task.owner().userProfile()).isEqualTo(ada.userProfile());

    assertThat(users.findAll(Query.where(UserTable.PROFILE.eq(ada.profile()))))
        .extracting(User::firstName).containsExactly("Ada");
    assertThat(users.findByPk(ada.id())).map(User::email).contains("ada@example.org");
    List<Map<String, Object>> maps = users.findAllAsMaps(Query.where(UserTable.ID.eq(ada.id()))
        .attributes(UserTable.ID).with(UserTable.TASK.include().attributes(TaskTable.TITLE)));
    assertThat(maps).containsExactly(Map.of("id", ada.id(),
        "task", Map.of("title", "notes on the engine")));
  }

  @DatabaseTest
  void validationChecksEmailAndSkipsForeignKeysTheCreateFills(TestDatabase db) {
    assertThatThrownBy(() -> users.create(new User(null, null, "not-an-address", null, null,
            Task.of(null)), List.of(UserTable.TASK.include())))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::message).containsExactly(
                "users.first_name cannot be null",
                "users.email must be an e-mail address",
                "tasks.title cannot be null"));
    assertThat(db.counter().count()).isZero();
  }

  @DatabaseTest
  void settingAHasOneWithANotNullForeignKeyDeletesThePreviousTarget(TestDatabase db) {
    User ada = ada();

    User updated = users.setTask(ada, Task.of("analytical engine"));

    assertThat(updated.task().taskOwner()).isEqualTo("Ada");
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tasks\""))
        .containsExactly("analytical engine");
    assertThat(users.getTask(ada)).isEqualTo(updated.task());
    assertThat(tasks.getOwner(updated.task())).isEqualTo(users.findByPk(ada.id()).orElseThrow());
  }

  @DatabaseTest
  void restrictOnTheParentKeyNamesTheReferencedColumn(TestDatabase db) {
    User ada = ada();

    assertThatThrownBy(() -> users.destroy(ada))
        .isInstanceOf(ForeignKeyConstraintException.class)
        .hasMessage("Foreign key constraint violated on users.first_name"
            + " (other rows still reference it)");
    assertThat(users.findByPk(ada.id())).isPresent();
    assertThat(users.findByPk(UUID.randomUUID())).isEmpty();
  }
}
