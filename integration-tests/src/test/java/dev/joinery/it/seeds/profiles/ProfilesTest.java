package dev.joinery.it.seeds.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ValidationException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import dev.joinery.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seed 003 through the generated {@link UserDao}: users on client-generated UUIDs belong to a
 * profile by {@code foreignKey: 'profile', targetKey: 'userProfileId'}; {@code isEmail},
 * {@code isUrl} and lengths are checked before any SQL.
 */
class ProfilesTest {
  private TestDatabase db;
  private UserDao users;
  private UserProfileDao profiles;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "user_profiles", "users");
    users = db.jdbi().onDemand(UserDao.class);
    profiles = db.jdbi().onDemand(UserProfileDao.class);
  }

  private User ada() {
    User ada = User.of("Ada", "Lovelace", "ada@example.org", "https://example.org/ada.png");
    return users.create(new User(null, ada.firstName(), ada.lastName(), ada.email(), "ada", null,
        ada.photo(), null, null, null, UserProfile.of("12 St James's Square")), UserTable.USER_PROFILE);
  }

  @DatabaseTest
  void createsAUserWithItsProfileTheProfileFirst(TestDatabase db) {
    User ada = ada();

    assertThat(db.counter().count()).as("profile, then user").isEqualTo(2);
    assertThat(db.counter().statements().get(0)).contains("user_profiles");
    assertThat(ada.userId()).isNotNull();
    assertThat(ada.userProfile().userProfileId()).isNotNull();
    assertThat(ada.profile()).isEqualTo(ada.userProfile().userProfileId());
    assertThat(ada.createdAt()).isNotNull();
    assertThat(ada.userProfile().createdAt()).isNotNull();
    assertThat(SeedDb.lines(db, "SELECT \"userId\", \"firstName\", \"userName\", \"profile\" FROM \"users\""))
        .containsExactly(ada.userId() + "|Ada|ada|" + ada.profile());
    assertThat(SeedDb.lines(db, "SELECT \"userProfileId\", \"address\" FROM \"user_profiles\""))
        .containsExactly(ada.profile() + "|12 St James's Square");
  }

  @DatabaseTest
  void includesTheProfileThroughTheTargetKey(TestDatabase db) {
    User ada = ada();
    users.create(User.of("Alan", "Turing", null, null));
    db.counter().reset();

    User found = users.findByPk(ada.userId(), Query.include(UserTable.USER_PROFILE)).orElseThrow();
    List<User> all = users.findAll(Query.<User>include(UserTable.USER_PROFILE)
        .orderBy(UserTable.FIRST_NAME.asc()));

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).isEqualTo(ada);
    assertThat(all).extracting(User::firstName).containsExactly("Ada", "Alan");
    assertThat(all.get(1).userProfile()).isNull();
    assertThat(users.getUserProfile(ada)).isEqualTo(ada.userProfile());
  }

  @DatabaseTest
  void setsAndClearsTheProfileAndDeletingItSetsNull(TestDatabase db) {
    User alan = users.create(User.of("Alan", "Turing", null, null));
    UserProfile bletchley = profiles.create(UserProfile.of("Bletchley Park"));

    User linked = users.setUserProfile(alan, bletchley);
    assertThat(linked.profile()).isEqualTo(bletchley.userProfileId());
    assertThat(SeedDb.lines(db, "SELECT \"profile\" FROM \"users\""))
        .containsExactly(bletchley.userProfileId().toString());

    assertThat(profiles.destroy(bletchley)).isTrue();
    assertThat(SeedDb.lines(db, "SELECT \"profile\" FROM \"users\"")).containsExactly("null");
    assertThat(users.findByPk(alan.userId(), Query.include(UserTable.USER_PROFILE)))
        .map(User::userProfile).isEmpty();
  }

  @DatabaseTest
  void validationListsEveryViolationOfTheTreeAndSendsNothing(TestDatabase db) {
    User invalid = new User(null, null, "L".repeat(101), "not-an-address", null, "+44 20 7946 0000 ext",
        "not a url", null, null, null, UserProfile.of("x".repeat(101)));

    assertThatThrownBy(() -> users.create(invalid, UserTable.USER_PROFILE))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::message).containsExactlyInAnyOrder(
                "users.firstName cannot be null",
                "users.lastName must be at most 100 characters long (was 101)",
                "users.email must be an e-mail address",
                "users.phone must be at most 13 characters long (was 20)",
                "users.photo must be a URL",
                "user_profiles.address must be at most 100 characters long (was 101)"));
    assertThat(db.counter().count()).isZero();
    assertThat(SeedDb.rows(db, "SELECT * FROM \"users\"")).isEmpty();
    assertThat(SeedDb.rows(db, "SELECT * FROM \"user_profiles\"")).isEmpty();
  }
}
