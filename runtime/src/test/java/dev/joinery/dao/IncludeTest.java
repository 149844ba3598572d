package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.JoineryConfig;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressDao;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.TagTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Eager loading in both directions for all four association kinds, with include options; every
 * test asserts the number of statements sent.
 */
class IncludeTest {
  private TestDatabase db;
  private CustomerDao customers;
  private AddressDao addresses;
  private TutorialDao tutorials;
  private CommentDao comments;
  private TagDao tags;
  private Tutorial joins;
  private Tutorial indexes;
  private Tutorial views;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    customers = db.jdbi().onDemand(CustomerDao.class);
    addresses = db.jdbi().onDemand(AddressDao.class);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    comments = db.jdbi().onDemand(CommentDao.class);
    tags = db.jdbi().onDemand(TagDao.class);

    List<Customer> people = customers.bulkCreate(List.of(
        new Customer(null, "Ada", "Lovelace", 36, null),
        new Customer(null, "Alan", "Turing", 41, null),
        new Customer(null, "Grace", "Hopper", 85, null)));
    addresses.bulkCreate(List.of(
        new Address(null, "Main St", "1000", people.get(0).id(), null),
        new Address(null, "Side St", "2000", people.get(1).id(), null)));

    List<Tutorial> all = tutorials.bulkCreate(List.of(
        Tutorial.of("Joins", "inner and outer", true),
        Tutorial.of("Indexes", "b-trees", false),
        Tutorial.of("Views", "virtual tables", true)));
    joins = all.get(0);
    indexes = all.get(1);
    views = all.get(2);
    Instant t = Instant.parse("2024-05-01T10:00:00Z");
    comments.bulkCreate(List.of(
        comment("a", t, joins), comment("b", t.plusSeconds(1), joins),
        comment("c", t.plusSeconds(2), joins), comment("d", t.plusSeconds(3), joins),
        comment("e", t.plusSeconds(4), indexes), comment("orphan", t.plusSeconds(5), null)));
    List<Tag> created = tags.bulkCreate(List.of(Tag.of("java"), Tag.of("sql"), Tag.of("h2")));
    String insert = "INSERT INTO " + db.q("tutorial_tags") + " VALUES (";
    db.execute(insert + joins.id() + ", " + created.get(0).id() + ")",
        insert + joins.id() + ", " + created.get(1).id() + ")",
        insert + indexes.id() + ", " + created.get(1).id() + ")");
    db.counter().reset();
  }

  private static Comment comment(String name, Instant at, Tutorial tutorial) {
    return new Comment(null, name, "text " + name, at, tutorial == null ? null : tutorial.id(), null);
  }

  private static List<String> names(List<Comment> list) {
    return list.stream().map(Comment::name).toList();
  }

  private Query<Tutorial> byId() {
    return Query.<Tutorial>all().orderBy(TutorialTable.ID.asc());
  }

  @DatabaseTest
  void hasOneIsJoinedIntoTheParentQuery(TestDatabase db) {
    List<Customer> found = customers.findAll(Query.<Customer>include(CustomerTable.ADDRESS)
        .orderBy(CustomerTable.ID.asc()));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(db.counter().statements().get(0)).contains("LEFT JOIN");
    assertThat(found).extracting(Customer::firstname).containsExactly("Ada", "Alan", "Grace");
    assertThat(found.get(0).address().street()).isEqualTo("Main St");
    assertThat(found.get(0).address().customerId()).isEqualTo(found.get(0).id());
    assertThat(found.get(0).address().customer()).isNull();
    assertThat(found.get(2).address()).isNull();
    assertThat(customers.findAll().get(0).address()).as("not included").isNull();
  }

  @DatabaseTest
  void belongsToIsJoinedIntoTheChildQuery(TestDatabase db) {
    List<Address> found = addresses.findAll(Query.<Address>include(AddressTable.CUSTOMER)
        .orderBy(AddressTable.ID.asc()));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(found).extracting(a -> a.customer().firstname()).containsExactly("Ada", "Alan");

    List<Comment> withTutorial = comments.findAll(Query.<Comment>include(CommentTable.TUTORIAL)
        .orderBy(CommentTable.ID.asc()));
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(withTutorial).extracting(c -> c.tutorial() == null ? null : c.tutorial().title())
        .containsExactly("Joins", "Joins", "Joins", "Joins", "Indexes", null);
  }

  @DatabaseTest
  void hasManyIsOneMoreQueryStitchedByKey(TestDatabase db) {
    List<Tutorial> found = tutorials.findAll(byId()
        .with(TutorialTable.COMMENTS.include().orderBy(CommentTable.ID.asc())));

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(db.counter().statements().get(1)).contains(" IN (");
    assertThat(found).extracting(t -> names(t.comments()))
        .containsExactly(List.of("a", "b", "c", "d"), List.of("e"), List.of());
    assertThat(found.get(0).tags()).as("not included").isNull();
    assertThat(found.get(0).comments().get(0).tutorialId()).isEqualTo(joins.id());
  }

  @DatabaseTest
  void belongsToManyGoesThroughTheJunctionBothWays(TestDatabase db) {
    List<Tutorial> found = tutorials.findAll(byId()
        .with(TutorialTable.TAGS.include().orderBy(TagTable.NAME.asc())));
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).extracting(t -> t.tags().stream().map(Tag::name).toList())
        .containsExactly(List.of("java", "sql"), List.of("sql"), List.of());

    List<Tag> tagged = tags.findAll(Query.<Tag>include(TagTable.TUTORIALS.include()
        .orderBy(TutorialTable.TITLE.asc())).orderBy(TagTable.ID.asc()));
    assertThat(db.counter().count()).isEqualTo(4);
    assertThat(tagged).extracting(t -> t.tutorials().stream().map(Tutorial::title).toList())
        .containsExactly(List.of("Joins"), List.of("Indexes", "Joins"), List.of());
  }

  @DatabaseTest
  void includesNestThreeLevelsWithOneStatementPerToManyLevel(TestDatabase db) {
    // comments -> tutorial (joined) -> tags (query) -> tutorials (query)
    List<Comment> found = comments.findAll(Query.<Comment>include(
            CommentTable.TUTORIAL.include(TutorialTable.TAGS.include()
                .orderBy(TagTable.NAME.asc())
                .include(TagTable.TUTORIALS.include().orderBy(TutorialTable.ID.asc()))))
        .orderBy(CommentTable.ID.asc()));

    assertThat(db.counter().count()).isEqualTo(3);
    Comment e = found.get(4);
    assertThat(e.name()).isEqualTo("e");
    assertThat(e.tutorial().title()).isEqualTo("Indexes");
    assertThat(e.tutorial().tags()).extracting(Tag::name).containsExactly("sql");
    assertThat(e.tutorial().tags().get(0).tutorials()).extracting(Tutorial::title)
        .containsExactly("Joins", "Indexes");
    assertThat(found.get(0).tutorial().tags()).extracting(Tag::name).containsExactly("java", "sql");
    assertThat(found.get(5).tutorial()).isNull();

    // tutorials -> comments (query) -> tutorial (joined) -> comments (query)
    db.counter().reset();
    List<Tutorial> deep = tutorials.findAll(byId().with(TutorialTable.COMMENTS.include()
        .orderBy(CommentTable.ID.asc())
        .include(CommentTable.TUTORIAL.include(TutorialTable.COMMENTS.include()
            .orderBy(CommentTable.ID.asc())))));
    assertThat(db.counter().count()).isEqualTo(3);
    assertThat(names(deep.get(1).comments().get(0).tutorial().comments())).containsExactly("e");
    assertThat(names(deep.get(0).comments().get(3).tutorial().comments()))
        .containsExactly("a", "b", "c", "d");
  }

  @DatabaseTest
  void attributesExcludeAndRenamesShapeRowsAndMaps(TestDatabase db) {
    List<Tutorial> found = tutorials.findAll(byId().exclude(TutorialTable.DESCRIPTION)
        .with(TutorialTable.COMMENTS.include().attributes(CommentTable.NAME)
            .orderBy(CommentTable.ID.asc())));
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found.get(0).description()).isNull();
    assertThat(found.get(0).title()).isEqualTo("Joins");
    Comment a = found.get(0).comments().get(0);
    assertThat(a.name()).isEqualTo("a");
    assertThat(a.text()).isNull();
    assertThat(a.tutorialId()).as("fetched for stitching").isEqualTo(joins.id());

    List<Map<String, Object>> maps = customers.findAllAsMaps(Query.<Customer>all()
        .attributes(CustomerTable.FIRSTNAME)
        .with(CustomerTable.ADDRESS.include()
            .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip")))
        .orderBy(CustomerTable.ID.asc()));
    assertThat(maps).containsExactly(
        Map.of("firstname", "Ada", "address", Map.of("street", "Main St", "zip", "1000")),
        Map.of("firstname", "Alan", "address", Map.of("street", "Side St", "zip", "2000")),
        mapOf("firstname", "Grace", "address", null));
    assertThat(List.copyOf(maps.get(0).keySet())).containsExactly("firstname", "address");
  }

  @DatabaseTest
  void mapViewNestsIncludedListsLikeToJson(TestDatabase db) {
    List<Map<String, Object>> maps = tutorials.findAllAsMaps(byId()
        .attributes(TutorialTable.TITLE)
        .with(TutorialTable.COMMENTS.include().attributes(CommentTable.NAME.as("author"))
            .orderBy(CommentTable.ID.asc()))
        .with(TutorialTable.TAGS.include().exclude(TagTable.ID).orderBy(TagTable.NAME.asc())));

    assertThat(db.counter().count()).isEqualTo(3);
    assertThat(maps.get(1)).isEqualTo(Map.of("title", "Indexes",
        "comments", List.of(Map.of("author", "e")),
        "tags", List.of(Map.of("name", "sql"))));
    assertThat(maps.get(2)).isEqualTo(Map.of("title", "Views", "comments", List.of(),
        "tags", List.of()));
    assertThat(List.copyOf(maps.get(0).keySet())).containsExactly("title", "comments", "tags");
  }

  @DatabaseTest
  void whereOnAnIncludeFiltersAndRequiresLikeSequelize(TestDatabase db) {
    // A where makes the include required: tutorials without such a comment are dropped.
    List<Tutorial> withE = tutorials.findAll(byId()
        .with(TutorialTable.COMMENTS.include().where(CommentTable.NAME.eq("e"))));
    assertThat(withE).extracting(Tutorial::title).containsExactly("Indexes");
    assertThat(names(withE.get(0).comments())).containsExactly("e");

    List<Tutorial> optional = tutorials.findAll(byId()
        .with(TutorialTable.COMMENTS.include().where(CommentTable.NAME.eq("e")).required(false)));
    assertThat(optional).extracting(t -> names(t.comments()))
        .containsExactly(List.of(), List.of("e"), List.of());

    List<Tutorial> java = tutorials.findAll(byId()
        .with(TutorialTable.TAGS.include().where(TagTable.NAME.eq("java"))));
    assertThat(java).extracting(Tutorial::title).containsExactly("Joins");
    assertThat(java.get(0).tags()).extracting(Tag::name).containsExactly("java");

    List<Customer> inner = customers.findAll(Query.<Customer>include(CustomerTable.ADDRESS.include()
        .where(AddressTable.POSTCODE.eq("2000"))));
    assertThat(inner).extracting(Customer::firstname).containsExactly("Alan");

    List<Customer> withAddress = customers.findAll(Query.<Customer>include(
        CustomerTable.ADDRESS.include().required()).orderBy(CustomerTable.ID.asc()));
    assertThat(withAddress).extracting(Customer::firstname).containsExactly("Ada", "Alan");

    List<Tutorial> commented = tutorials.findAll(byId()
        .with(TutorialTable.COMMENTS.include().required()));
    assertThat(commented).extracting(Tutorial::title).containsExactly("Joins", "Indexes");
    assertThat(db.counter().count()).isEqualTo(2 + 2 + 2 + 1 + 1 + 2);
  }

  @DatabaseTest
  void aRequiredIncludeBelowAnOptionalOneDecidesOnlyWhetherItsParentIsPresent(TestDatabase db) {
    List<Customer> found = customers.findAll(Query.<Customer>include(CustomerTable.ADDRESS.include(
            AddressTable.CUSTOMER.include().where(CustomerTable.FIRSTNAME.eq("Ada"))))
        .orderBy(CustomerTable.ID.asc()));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(found).extracting(Customer::firstname).containsExactly("Ada", "Alan", "Grace");
    assertThat(found.get(0).address().customer().firstname()).isEqualTo("Ada");
    assertThat(found.get(1).address()).isNull();
  }

  @DatabaseTest
  void orderAndLimitApplyPerParentInAToManyInclude(TestDatabase db) {
    List<Tutorial> found = tutorials.findAll(byId().with(TutorialTable.COMMENTS.include()
        .orderBy(CommentTable.CREATED_AT.desc()).limit(3)));

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).extracting(t -> names(t.comments()))
        .containsExactly(List.of("d", "c", "b"), List.of("e"), List.of());

    List<Tutorial> firstTag = tutorials.findAll(byId().with(TutorialTable.TAGS.include()
        .orderBy(TagTable.NAME.desc()).limit(1)));
    assertThat(firstTag).extracting(t -> t.tags().stream().map(Tag::name).toList())
        .containsExactly(List.of("sql"), List.of("sql"), List.of());
  }

  @DatabaseTest
  void limitAndOffsetCountParentsAlsoWithToManyIncludes(TestDatabase db) {
    List<Tutorial> first = tutorials.findAll(byId().with(TutorialTable.COMMENTS).limit(1));
    assertThat(first).extracting(Tutorial::title).containsExactly("Joins");
    assertThat(first.get(0).comments()).hasSize(4);

    List<Tutorial> page = tutorials.findAll(byId().with(TutorialTable.COMMENTS)
        .with(TutorialTable.TAGS).limit(2).offset(1));
    assertThat(page).extracting(Tutorial::title).containsExactly("Indexes", "Views");
    assertThat(page.get(0).comments()).hasSize(1);

    List<Tutorial> secondCommented = tutorials.findAll(byId()
        .with(TutorialTable.COMMENTS.include().required()).limit(1).offset(1));
    assertThat(secondCommented).extracting(Tutorial::title).containsExactly("Indexes");
    assertThat(db.counter().count()).isEqualTo(2 + 3 + 2);
  }

  @DatabaseTest
  void findAndCountAllCountsDistinctParents(TestDatabase db) {
    Page<Tutorial> page = tutorials.findAndCountAll(byId().with(TutorialTable.COMMENTS).limit(1));
    assertThat(page.count()).isEqualTo(3);
    assertThat(page.rows()).extracting(Tutorial::title).containsExactly("Joins");
    assertThat(page.rows().get(0).comments()).hasSize(4);
    assertThat(db.counter().count()).isEqualTo(3);

    Page<Tutorial> commented = tutorials.findAndCountAll(byId()
        .with(TutorialTable.COMMENTS.include().required()).limit(1));
    assertThat(commented.count()).isEqualTo(2);

    Page<Customer> withAddress = customers.findAndCountAll(Query.<Customer>include(
        CustomerTable.ADDRESS.include().required()).limit(1));
    assertThat(withAddress.count()).isEqualTo(2);
    assertThat(withAddress.rows()).hasSize(1);

    Page<Tutorial> published = tutorials.findAndCountAll(
        Query.where(TutorialTable.PUBLISHED.eq(true)).with(TutorialTable.TAGS));
    assertThat(published.count()).isEqualTo(2);
  }

  @DatabaseTest
  void findByPkAndFindOneTakeIncludes(TestDatabase db) {
    Tutorial one = tutorials.findByPk(joins.id(), Query.<Tutorial>include(TutorialTable.COMMENTS)
        .with(TutorialTable.TAGS)).orElseThrow();
    assertThat(one.comments()).hasSize(4);
    assertThat(one.tags()).hasSize(2);
    // One root: the comments are joined in, the sibling tags take a statement of their own.
    assertThat(db.counter().count()).isEqualTo(2);

    // A title is not unique: roots and comments in a statement each.
    Tutorial views = tutorials.findOne(Query.where(TutorialTable.TITLE.eq("Views"))
        .with(TutorialTable.COMMENTS)).orElseThrow();
    assertThat(views.comments()).isEmpty();
    assertThat(db.counter().count()).isEqualTo(4);
  }

  @DatabaseTest
  void theStatementsOfOneIncludeTreeRunOutsideAnyTransaction(TestDatabase db) {
    List<Boolean> autoCommit = new ArrayList<>();
    List<Tutorial> found = db.jdbi().withHandle(h -> {
      h.getConfig(JoineryConfig.class).setStatementListener((connection, sql) -> {
        try {
          autoCommit.add(connection.getAutoCommit());
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      List<Tutorial> rows = h.attach(TutorialDao.class).findAll(byId()
          .with(TutorialTable.COMMENTS).with(TutorialTable.TAGS));
      assertThat(h.isInTransaction()).isFalse();
      return rows;
    });
    assertThat(found).hasSize(3);
    assertThat(autoCommit).containsExactly(true, true, true);
  }

  @DatabaseTest
  void largeKeySetsAreChunked(TestDatabase db) {
    List<Tutorial> many = new ArrayList<>();
    for (int i = 0; i < 10_500; i++) {
      many.add(Tutorial.of("t" + i, null, false));
    }
    tutorials.bulkCreate(many);
    db.counter().reset();

    List<Tutorial> found = tutorials.findAll(byId().with(TutorialTable.COMMENTS));

    assertThat(found).hasSize(10_503);
    assertThat(found.get(0).comments()).hasSize(4);
    assertThat(found.get(10_502).comments()).isEmpty();
    assertThat(db.counter().count()).isEqualTo(3);
  }

  private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
