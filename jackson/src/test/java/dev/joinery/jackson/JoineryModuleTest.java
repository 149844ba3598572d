package dev.joinery.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.FixtureSchema;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagTable;
import dev.joinery.fixtures.Task;
import dev.joinery.fixtures.TaskTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.fixtures.User;
import dev.joinery.fixtures.UserDao;
import dev.joinery.fixtures.UserProfile;
import dev.joinery.fixtures.UserProfileTable;
import dev.joinery.fixtures.UserTable;
import dev.joinery.jackson.stories.Author;
import dev.joinery.jackson.stories.AuthorDao;
import dev.joinery.jackson.stories.AuthorTable;
import dev.joinery.jackson.stories.Club;
import dev.joinery.jackson.stories.ClubDao;
import dev.joinery.jackson.stories.ClubTable;
import dev.joinery.jackson.stories.Genre;
import dev.joinery.jackson.stories.JoinerySchema;
import dev.joinery.jackson.stories.MembershipTable;
import dev.joinery.jackson.stories.Story;
import dev.joinery.jackson.stories.StoryTable;
import dev.joinery.query.Query;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each seed's model shape written as loaded and read back: hasOne/belongsTo (customers),
 * hasMany and belongsToMany with timestamps (tutorials), UUID keys and a belongsTo on a
 * non-key column (users, profiles, tasks), a secret column and a nested create (authors).
 */
class JoineryModuleTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JoineryModule(
      List.of(CustomerTable.INSTANCE, AddressTable.INSTANCE, TutorialTable.INSTANCE,
          CommentTable.INSTANCE, TagTable.INSTANCE, UserTable.INSTANCE, UserProfileTable.INSTANCE,
          TaskTable.INSTANCE, AuthorTable.INSTANCE, StoryTable.INSTANCE, ClubTable.INSTANCE,
          MembershipTable.INSTANCE)));

  private TestDatabase db;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    db.jdbi().useHandle(h -> {
      SchemaSync.sync(h, FixtureSchema.SCHEMA, SyncMode.CREATE);
      SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.CREATE);
    });
  }

  @DatabaseTest
  void customersWithAnAddressAsLoaded(TestDatabase db) throws Exception {
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
    customers.create(new Customer(null, "Jack", "Davis", 37,
        new Address(null, "W NORMA ST", "77009", null, null)), CustomerTable.ADDRESS);
    customers.create(new Customer(null, "Ann", "Lee", 25, null));
    Query<Customer> query = Query.<Customer>include(CustomerTable.ADDRESS)
        .orderBy(CustomerTable.ID.asc());
    List<Customer> found = customers.findAll(query);

    String json = MAPPER.writeValueAsString(Loaded.all(CustomerTable.INSTANCE, query, found));

    // Included: the address, or null for a customer without one.
    assertThat(json).isEqualTo("[{\"id\":1,\"firstname\":\"Jack\",\"lastname\":\"Davis\","
        + "\"age\":37,\"address\":{\"id\":1,\"street\":\"W NORMA ST\",\"postcode\":\"77009\","
        + "\"customerId\":1}},"
        + "{\"id\":2,\"firstname\":\"Ann\",\"lastname\":\"Lee\",\"age\":25,\"address\":null}]");
    // A record alone: an association holding null is left out, never written as null.
    assertThat(MAPPER.writeValueAsString(found.get(1)))
        .isEqualTo("{\"id\":2,\"firstname\":\"Ann\",\"lastname\":\"Lee\",\"age\":25}");
    // Round trip: the same records back.
    assertThat(List.of(MAPPER.readValue(json, Customer[].class))).isEqualTo(found);
  }

  @DatabaseTest
  void renamedAndSelectedAttributesAreThoseOfTheMapView(TestDatabase db) throws Exception {
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
    customers.create(new Customer(null, "Jack", "Davis", 37,
        new Address(null, "W NORMA ST", "77009", null, null)), CustomerTable.ADDRESS);
    Query<Customer> query = Query.<Customer>include(CustomerTable.ADDRESS.include()
            .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip")))
        .exclude(CustomerTable.AGE);

    String json = MAPPER.writeValueAsString(
        Loaded.all(CustomerTable.INSTANCE, query, customers.findAll(query)));

    assertThat(json).isEqualTo("[{\"id\":1,\"firstname\":\"Jack\",\"lastname\":\"Davis\","
        + "\"address\":{\"street\":\"W NORMA ST\",\"zip\":\"77009\"}}]");
    assertThat(json).isEqualTo(MAPPER.writeValueAsString(customers.findAllAsMaps(query)));
  }

  @DatabaseTest
  void tutorialsWithCommentsAndTagsEmptyListsIncluded(TestDatabase db) throws Exception {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial created = tutorials.create(new Tutorial(null, "Joins", "how", true, null, null,
        List.of(Comment.of("ann", "Great")), List.of(Tag.of("sql"))),
        List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include()));
    tutorials.create(Tutorial.of("Empty", null, false));
    Query<Tutorial> query = Query.<Tutorial>include(TutorialTable.COMMENTS)
        .with(TutorialTable.TAGS).orderBy(TutorialTable.ID.asc());
    List<Tutorial> found = tutorials.findAll(query);
    Tutorial joins = found.get(0);
    Tutorial empty = found.get(1);

    String json = MAPPER.writeValueAsString(Loaded.all(TutorialTable.INSTANCE, query, found));

    assertThat(json).isEqualTo("[{\"id\":" + created.id() + ",\"title\":\"Joins\","
        + "\"description\":\"how\",\"published\":true,\"createdAt\":\"" + joins.createdAt()
        + "\",\"updatedAt\":\"" + joins.updatedAt() + "\",\"comments\":[{\"id\":1,"
        + "\"name\":\"ann\",\"text\":\"Great\",\"createdAt\":\""
        + joins.comments().get(0).createdAt() + "\",\"tutorialId\":1}],"
        + "\"tags\":[{\"id\":1,\"name\":\"sql\"}]},"
        + "{\"id\":2,\"title\":\"Empty\",\"description\":null,\"published\":false,"
        + "\"createdAt\":\"" + empty.createdAt() + "\",\"updatedAt\":\"" + empty.updatedAt()
        + "\",\"comments\":[],\"tags\":[]}]");
    // A loaded empty list is [] even on a record alone: a list is never "not loaded".
    assertThat(MAPPER.writeValueAsString(empty)).endsWith("\"comments\":[],\"tags\":[]}");
    assertThat(List.of(MAPPER.readValue(json, Tutorial[].class))).isEqualTo(found);
  }

  @DatabaseTest
  void usersOnUuidKeysWithTheirProfileAndTask(TestDatabase db) throws Exception {
    UserDao users = db.jdbi().onDemand(UserDao.class);
    User ann = users.create(new User(null, "Ann", "ann@example.com", null,
        UserProfile.of("hello"), Task.of("write")),
        List.of(UserTable.USER_PROFILE.include(), UserTable.TASK.include()));
    Query<User> query = Query.<User>include(UserTable.USER_PROFILE).with(UserTable.TASK);
    User found = users.findByPk(ann.id(), query).orElseThrow();

    String json = MAPPER.writeValueAsString(Loaded.one(UserTable.INSTANCE, query, found));

    UserProfile profile = found.userProfile();
    assertThat(json).isEqualTo("{\"id\":\"" + ann.id() + "\",\"firstName\":\"Ann\","
        + "\"email\":\"ann@example.com\",\"profile\":\"" + profile.userProfileId() + "\","
        + "\"userProfile\":{\"userProfileId\":\"" + profile.userProfileId() + "\","
        + "\"bio\":\"hello\",\"createdAt\":\""
        + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(profile.createdAt()) + "\"},"
        + "\"task\":{\"id\":1,\"title\":\"write\",\"taskOwner\":\"Ann\"}}");
    assertThat(MAPPER.readValue(json, User.class)).isEqualTo(found);
    assertThat(MAPPER.writeValueAsString(Loaded.one(UserTable.INSTANCE, query, null)))
        .isEqualTo("null");
  }

  @DatabaseTest
  void aSecretIsReadButNeverWritten(TestDatabase db) throws Exception {
    Author read = MAPPER.readValue("{\"username\":\"boris\",\"email\":\"b@example.com\","
        + "\"password\":\"kvass\",\"story\":{\"title\":\"cheburek\",\"genre\":\"SATIRE\"}}",
        Author.class);
    assertThat(read.password()).isEqualTo("kvass");
    assertThat(read.story().genre()).isEqualTo(Genre.SATIRE);

    AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
    Author boris = authors.create(read, NestedIncludes.of(AuthorTable.INSTANCE, read));

    // The nested JSON became two rows, the story's foreign key filled, the enum by name.
    assertThat(lines(db, "SELECT \"a\".\"username\", \"a\".\"password\", \"s\".\"created_by\","
        + " \"s\".\"title\", \"s\".\"genre\" FROM \"authors\" \"a\" JOIN \"stories\" \"s\""
        + " ON \"s\".\"created_by\" = \"a\".\"user_id\""))
        .containsExactly("boris|kvass|" + boris.userId() + "|cheburek|SATIRE");
    Query<Author> withStory = Query.<Author>include(AuthorTable.STORY);
    Author loaded = authors.findByPk(boris.userId(), withStory).orElseThrow();
    Story story = loaded.story();
    String own = "{\"userId\":" + boris.userId() + ",\"username\":\"boris\","
        + "\"email\":\"b@example.com\",\"story\":{\"storyId\":" + story.storyId()
        + ",\"createdBy\":" + boris.userId() + ",\"title\":\"cheburek\",\"genre\":\"SATIRE\","
        + "\"createdAt\":\"" + story.createdAt() + "\"}}";
    assertThat(MAPPER.writeValueAsString(loaded)).isEqualTo(own);
    assertThat(MAPPER.writeValueAsString(Loaded.one(AuthorTable.INSTANCE, withStory, loaded)))
        .isEqualTo(own);
    // Read back: the same record, except for the password that JSON never carries.
    assertThat(MAPPER.readValue(own.replace("{\"userId", "{\"password\":\"kvass\",\"userId"),
        Author.class)).isEqualTo(loaded);
    // Not included: the story is left out of the query's JSON.
    Query<Author> alone = Query.<Author>all();
    assertThat(MAPPER.writeValueAsString(Loaded.all(AuthorTable.INSTANCE, alone,
        authors.findAll(alone)))).isEqualTo("[{\"userId\":" + boris.userId()
        + ",\"username\":\"boris\",\"email\":\"b@example.com\"}]");
    // Asked for by name, it still stays out.
    Query<Author> query = Query.<Author>all().attributes(AuthorTable.USERNAME,
        AuthorTable.PASSWORD);
    assertThat(MAPPER.writeValueAsString(Loaded.all(AuthorTable.INSTANCE, query,
        authors.findAll(query)))).isEqualTo("[{\"username\":\"boris\"}]");
  }

  @DatabaseTest
  void aNestedTutorialReadFromJsonIsCreatedWithItsCommentsAndTags(TestDatabase db)
      throws Exception {
    Tutorial read = MAPPER.readValue("{\"title\":\"Joins\",\"published\":true,"
        + "\"comments\":[{\"name\":\"ann\",\"text\":\"Great\"},{\"name\":\"bob\","
        + "\"text\":\"Long\"}],\"tags\":[{\"name\":\"sql\"}]}", Tutorial.class);
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);

    Tutorial created = tutorials.create(read, NestedIncludes.of(TutorialTable.INSTANCE, read));

    assertThat(lines(db, "SELECT \"t\".\"title\", \"c\".\"name\", \"c\".\"text\" FROM"
        + " \"tutorials\" \"t\" JOIN \"comments\" \"c\" ON \"c\".\"tutorial_id\" = \"t\".\"id\""
        + " ORDER BY \"c\".\"name\"")).containsExactly("Joins|ann|Great", "Joins|bob|Long");
    assertThat(lines(db, "SELECT \"l\".\"tutorial_id\", \"g\".\"name\" FROM \"tutorial_tags\" \"l\""
        + " JOIN \"tags\" \"g\" ON \"g\".\"id\" = \"l\".\"tag_id\""))
        .containsExactly(created.id() + "|sql");
    // Loaded with its comments only: the tags, not included, are left out.
    Query<Tutorial> query = Query.<Tutorial>include(TutorialTable.COMMENTS.include()
        .attributes(CommentTable.NAME.as("by")));
    Tutorial found = tutorials.findByPk(created.id(), query).orElseThrow();
    assertThat(MAPPER.writeValueAsString(Loaded.one(TutorialTable.INSTANCE, query, found)))
        .isEqualTo("{\"id\":" + created.id() + ",\"title\":\"Joins\",\"description\":null,"
            + "\"published\":true,\"createdAt\":\"" + found.createdAt() + "\",\"updatedAt\":\""
            + found.updatedAt() + "\",\"comments\":[{\"by\":\"ann\"},{\"by\":\"bob\"}]}");
  }

  @DatabaseTest
  void linksWithAPayloadAreWrittenAndReadAsTargetAndLink(TestDatabase db) throws Exception {
    Club read = MAPPER.readValue("{\"name\":\"Dacha\",\"members\":[{\"target\":"
        + "{\"username\":\"boris\",\"email\":\"b@example.com\",\"password\":\"kvass\"},"
        + "\"link\":{\"role\":\"chair\"}}]}", Club.class);
    ClubDao clubs = db.jdbi().onDemand(ClubDao.class);

    Club created = clubs.create(read, NestedIncludes.of(ClubTable.INSTANCE, read));

    // The club, the author and the membership with its payload and both keys.
    Integer author = created.members().get(0).target().userId();
    assertThat(lines(db, "SELECT \"c\".\"name\", \"a\".\"username\", \"m\".\"role\" FROM"
        + " \"memberships\" \"m\" JOIN \"clubs\" \"c\" ON \"c\".\"id\" = \"m\".\"club_id\""
        + " JOIN \"authors\" \"a\" ON \"a\".\"user_id\" = \"m\".\"author_id\""))
        .containsExactly("Dacha|boris|chair");
    Query<Club> query = Query.<Club>include(ClubTable.MEMBERS);
    Club found = clubs.findByPk(created.id(), query).orElseThrow();
    Integer membership = found.members().get(0).link().id();
    String json = "{\"id\":" + created.id() + ",\"name\":\"Dacha\",\"members\":[{\"target\":"
        + "{\"userId\":" + author + ",\"username\":\"boris\",\"email\":\"b@example.com\"},"
        + "\"link\":{\"id\":" + membership + ",\"role\":\"chair\",\"clubId\":" + created.id()
        + ",\"authorId\":" + author + "}}]}";
    assertThat(MAPPER.writeValueAsString(found)).isEqualTo(json);
    assertThat(MAPPER.writeValueAsString(Loaded.one(ClubTable.INSTANCE, query, found)))
        .isEqualTo(json);
    // Not included: left out; included and empty: [].
    Club empty = clubs.create(new Club(null, "Empty", null));
    assertThat(MAPPER.writeValueAsString(Loaded.all(ClubTable.INSTANCE,
        Query.<Club>all().orderBy(ClubTable.ID.asc()), clubs.findAll(Query.<Club>all()
            .orderBy(ClubTable.ID.asc())))))
        .isEqualTo("[{\"id\":" + created.id() + ",\"name\":\"Dacha\"},{\"id\":" + empty.id()
            + ",\"name\":\"Empty\"}]");
    assertThat(MAPPER.writeValueAsString(Loaded.one(ClubTable.INSTANCE, query,
        clubs.findByPk(empty.id(), query).orElseThrow())))
        .endsWith("\"name\":\"Empty\",\"members\":[]}");
  }

  /** The rows of {@code sql} as "a|b|c" lines; identifiers written {@code "x"} are requoted. */
  private static List<String> lines(TestDatabase db, String sql) {
    String text = sql.replace("\"", db.q("x").substring(0, 1));
    return db.jdbi().withHandle(h -> h.createQuery(text).map((rs, ctx) -> {
      StringBuilder line = new StringBuilder();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        line.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      return line.toString();
    }).list());
  }
}
