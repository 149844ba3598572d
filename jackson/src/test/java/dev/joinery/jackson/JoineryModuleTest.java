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
import dev.joinery.jackson.stories.JoinerySchema;
import dev.joinery.jackson.stories.Story;
import dev.joinery.jackson.stories.StoryTable;
import dev.joinery.query.Query;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
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
          TaskTable.INSTANCE, AuthorTable.INSTANCE, StoryTable.INSTANCE)));

  private TestDatabase db;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    db.jdbi().useHandle(h -> {
      SchemaSync.sync(h, FixtureSchema.SCHEMA, SyncMode.CREATE);
      SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.CREATE);
    });
  }

  @DatabaseTest(Engine.H2)
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

  @DatabaseTest(Engine.H2)
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

  @DatabaseTest(Engine.H2)
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

  @DatabaseTest(Engine.H2)
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

  @DatabaseTest(Engine.H2)
  void aSecretIsReadButNeverWritten(TestDatabase db) throws Exception {
    Author read = MAPPER.readValue("{\"username\":\"boris\",\"email\":\"b@example.com\","
        + "\"password\":\"kvass\",\"story\":{\"title\":\"cheburek\"}}", Author.class);
    assertThat(read.password()).isEqualTo("kvass");

    AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
    Author boris = authors.create(read, NestedIncludes.of(AuthorTable.INSTANCE, read));
    Story story = boris.story();
    assertThat(story.createdBy()).isEqualTo(boris.userId());

    String own = "{\"userId\":1,\"username\":\"boris\",\"email\":\"b@example.com\","
        + "\"story\":{\"storyId\":1,\"createdBy\":1,\"title\":\"cheburek\",\"createdAt\":\""
        + story.createdAt() + "\"}}";
    assertThat(MAPPER.writeValueAsString(boris)).isEqualTo(own);
    // Asked for by name, it still stays out.
    Query<Author> query = Query.<Author>all().attributes(AuthorTable.USERNAME,
        AuthorTable.PASSWORD);
    assertThat(MAPPER.writeValueAsString(Loaded.all(AuthorTable.INSTANCE, query,
        authors.findAll(query)))).isEqualTo("[{\"username\":\"boris\"}]");
  }
}
