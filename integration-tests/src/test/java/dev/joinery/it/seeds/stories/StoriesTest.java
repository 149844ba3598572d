package dev.joinery.it.seeds.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seed 004 through the generated {@link UserDao} and {@link StoryDao}: a user created with a
 * story, stories created on their own, each side included by its alias ({@code story},
 * {@code author}), the author without the password.
 */
class StoriesTest {
  private TestDatabase db;
  private UserDao users;
  private StoryDao stories;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "story_users", "stories");
    users = db.jdbi().onDemand(UserDao.class);
    stories = db.jdbi().onDemand(StoryDao.class);
  }

  /** The seed's {@code Users.create({…, story: {…}}, {include: "story"})}. */
  private User boris() {
    User boris = User.of("boris", "boris@example.com", "kvass123");
    return users.create(new User(null, boris.username(), boris.email(), boris.password(),
        Story.of("cheeki breeki cheburek", "how to make cheburek at your cousin's place")),
        UserTable.STORY);
  }

  @DatabaseTest
  void createsAUserWithAStoryWhoseCreatedByAndTimestampsAreFilled(TestDatabase db) {
    User boris = boris();

    assertThat(db.counter().count()).as("user, then story").isEqualTo(2);
    Story story = boris.story();
    assertThat(boris.userId()).isNotNull();
    assertThat(story.storyId()).isNotNull();
    assertThat(story.createdBy()).isEqualTo(boris.userId());
    assertThat(story.createdAt()).isNotNull().isEqualTo(story.updatedAt());
    assertThat(SeedDb.lines(db, "SELECT \"user_id\", \"username\", \"password\" FROM \"story_users\""))
        .containsExactly(boris.userId() + "|boris|kvass123");
    assertThat(SeedDb.lines(db, "SELECT \"story_id\", \"created_by\", \"title\" FROM \"stories\""))
        .containsExactly(story.storyId() + "|" + boris.userId() + "|cheeki breeki cheburek");
    assertThat(SeedDb.rows(db, "SELECT * FROM \"stories\" WHERE \"created_at\" IS NULL"
        + " OR \"updated_at\" IS NULL")).isEmpty();
  }

  @DatabaseTest
  void createsAStoryOnItsOwnForAnExistingUser(TestDatabase db) {
    User anna = users.create(User.of("anna", "anna@example.com", "blini"));

    Story story = stories.create(new Story(null, anna.userId(), "pelmeni", "boil them", null, null, null));

    assertThat(story.createdAt()).isNotNull();
    assertThat(users.findByPk(anna.userId(), Query.include(UserTable.STORY)).orElseThrow().story())
        .isEqualTo(story);
  }

  @DatabaseTest
  void findAllIncludesTheStoryByItsAlias(TestDatabase db) {
    User boris = boris();
    users.create(User.of("anna", "anna@example.com", "blini"));
    db.counter().reset();

    List<User> found = users.findAll(Query.<User>include(UserTable.STORY)
        .orderBy(UserTable.USER_ID.asc()));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(found.get(0)).isEqualTo(boris);
    assertThat(found.get(1).story()).isNull();
  }

  @DatabaseTest
  void findAllStoriesIncludesTheAuthorWithoutThePassword(TestDatabase db) {
    User boris = boris();
    db.counter().reset();

    List<Story> found = stories.findAll(Query.include(
        StoryTable.AUTHOR.include().exclude(UserTable.PASSWORD)));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(db.counter().statements().get(0)).doesNotContain("password");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).title()).isEqualTo("cheeki breeki cheburek");
    assertThat(found.get(0).author())
        .isEqualTo(new User(boris.userId(), "boris", "boris@example.com", null, null));
  }

  @DatabaseTest
  void updateMovesUpdatedAtAndKeepsCreatedAt(TestDatabase db) {
    Story story = boris().story();

    Story updated = stories.update(new Story(story.storyId(), story.createdBy(), "a new title",
        story.content(), story.createdAt(), story.updatedAt(), null));

    assertThat(updated.updatedAt()).isAfterOrEqualTo(story.updatedAt());
    Story stored = stories.findByPk(story.storyId()).orElseThrow();
    assertThat(stored.title()).isEqualTo("a new title");
    assertThat(stored.createdAt()).isEqualTo(story.createdAt());
    assertThat(stored.updatedAt()).isEqualTo(updated.updatedAt());
  }

  /**
   * A REST handler builds the record from a request body that has no timestamps. As Sequelize's
   * save() of an existing row, update(row) never writes createdAt, and returns the stored one.
   */
  @DatabaseTest
  void updateFromARecordWithoutTimestampsKeepsCreatedAt(TestDatabase db) {
    Story story = boris().story();

    Story updated = stories.update(new Story(story.storyId(), story.createdBy(), "a new title",
        story.content(), null, null, null));

    assertThat(updated.createdAt()).isEqualTo(story.createdAt());
    assertThat(stories.findByPk(story.storyId()).orElseThrow()).isEqualTo(updated);
  }
}
