package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.InvalidQueryException;
import dev.joinery.RowNotFoundException;
import dev.joinery.UnsavedRowException;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressDao;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.TagTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Sequelize's association mixins for hasOne, belongsTo, hasMany and belongsToMany. */
class MixinTest {
  private TestDatabase db;
  private CustomerDao customers;
  private AddressDao addresses;
  private TutorialDao tutorials;
  private CommentDao comments;
  private TagDao tags;
  private Customer ada;
  private Customer grace;
  private Address main;
  private Tutorial joins;
  private Tutorial views;
  private List<Comment> joinsComments;
  private Comment orphan;
  private Tag java;
  private Tag sql;
  private Tag h2;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    customers = db.jdbi().onDemand(CustomerDao.class);
    addresses = db.jdbi().onDemand(AddressDao.class);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    comments = db.jdbi().onDemand(CommentDao.class);
    tags = db.jdbi().onDemand(TagDao.class);

    ada = customers.create(new Customer(null, "Ada", "Lovelace", 36, null));
    grace = customers.create(new Customer(null, "Grace", "Hopper", 85, null));
    main = addresses.create(new Address(null, "Main St", "1000", ada.id(), null));
    joins = tutorials.create(Tutorial.of("Joins", null, true));
    views = tutorials.create(Tutorial.of("Views", null, true));
    joinsComments = comments.bulkCreate(List.of(
        new Comment(null, "a", null, null, joins.id(), null),
        new Comment(null, "b", null, null, joins.id(), null)));
    orphan = comments.create(Comment.of("orphan", null));
    List<Tag> created = tags.bulkCreate(List.of(Tag.of("java"), Tag.of("sql"), Tag.of("h2")));
    java = created.get(0);
    sql = created.get(1);
    h2 = created.get(2);
    tutorials.addTags(joins, List.of(java, sql));
    db.counter().reset();
  }

  private List<String> column(String sql) {
    return FixtureDb.column(db, sql);
  }

  @DatabaseTest
  void hasOneGetSetCreate(TestDatabase db) {
    assertThat(customers.getAddress(ada)).isEqualTo(main);
    assertThat(customers.getAddress(grace)).isNull();
    assertThat(db.counter().count()).isEqualTo(2);

    // A new (unsaved) address replaces the old one, which is detached (FK set to NULL).
    Customer updated = customers.setAddress(ada, new Address(null, "New St", "3000", null, null));
    assertThat(updated.address().id()).isNotNull();
    assertThat(updated.address().customerId()).isEqualTo(ada.id());
    assertThat(column("SELECT \"street\" FROM \"addresses\" WHERE \"customer_id\" IS NULL"))
        .containsExactly("Main St");

    // An existing address is pointed at the customer.
    customers.setAddress(grace, main);
    assertThat(customers.getAddress(grace).street()).isEqualTo("Main St");

    customers.setAddress(grace, null);
    assertThat(customers.getAddress(grace)).isNull();

    Address created = customers.createAddress(grace, new Address(null, "Elm St", "4000", null, null));
    assertThat(created.customerId()).isEqualTo(grace.id());
    assertThat(customers.getAddress(grace)).isEqualTo(created);
  }

  @DatabaseTest
  void belongsToGetSetCreate(TestDatabase db) {
    assertThat(addresses.getCustomer(main)).isEqualTo(ada);
    assertThat(db.counter().count()).isEqualTo(1);

    Address moved = addresses.setCustomer(main, grace);
    assertThat(moved.customerId()).isEqualTo(grace.id());
    assertThat(moved.customer()).isEqualTo(grace);
    assertThat(column("SELECT \"customer_id\" FROM \"addresses\""))
        .containsExactly(grace.id().toString());

    Address detached = addresses.setCustomer(moved, null);
    assertThat(detached.customerId()).isNull();
    assertThat(addresses.getCustomer(detached)).isNull();

    Customer alan = addresses.createCustomer(detached, new Customer(null, "Alan", "Turing", 41, null));
    assertThat(alan.id()).isNotNull();
    assertThat(column("SELECT \"customer_id\" FROM \"addresses\""))
        .containsExactly(alan.id().toString());

    assertThat(comments.getTutorial(joinsComments.get(0))).isEqualTo(joins);
    assertThat(comments.getTutorial(orphan)).isNull();
  }

  @DatabaseTest
  void hasManyGetCountHas(TestDatabase db) {
    assertThat(tutorials.getComments(joins)).containsExactlyInAnyOrderElementsOf(joinsComments);
    assertThat(tutorials.getComments(joins, Query.where(CommentTable.NAME.eq("b"))))
        .containsExactly(joinsComments.get(1));
    assertThat(tutorials.getComments(views)).isEmpty();
    assertThat(tutorials.countComments(joins)).isEqualTo(2);
    assertThat(tutorials.countComments(joins, CommentTable.NAME.eq("a"))).isEqualTo(1);
    assertThat(tutorials.hasComment(joins, joinsComments.get(0))).isTrue();
    assertThat(tutorials.hasComments(joins, joinsComments)).isTrue();
    assertThat(tutorials.hasComments(joins, List.of(joinsComments.get(0), orphan))).isFalse();
    assertThat(tutorials.hasComment(views, joinsComments.get(0))).isFalse();
    assertThat(db.counter().count()).isEqualTo(9);
  }

  @DatabaseTest
  void hasManyAddRemoveSetCreate(TestDatabase db) {
    tutorials.addComment(views, orphan);
    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(tutorials.getComments(views)).extracting(Comment::name).containsExactly("orphan");

    // remove sets the foreign key to NULL (it is nullable); the row stays.
    tutorials.removeComment(joins, joinsComments.get(0));
    assertThat(tutorials.countComments(joins)).isEqualTo(1);
    assertThat(FixtureDb.rowCount(db, "comments")).isEqualTo(3);
    assertThat(column("SELECT \"name\" FROM \"comments\" WHERE \"tutorial_id\" IS NULL"))
        .containsExactly("a");

    // set makes exactly these the comments: b is detached, a and orphan attached.
    tutorials.setComments(joins, List.of(joinsComments.get(0), orphan));
    assertThat(tutorials.getComments(joins)).extracting(Comment::name)
        .containsExactlyInAnyOrder("a", "orphan");
    assertThat(tutorials.getComments(views)).isEmpty();

    tutorials.setComments(joins, List.of());
    assertThat(tutorials.countComments(joins)).isZero();

    Comment created = tutorials.createComment(views, Comment.of("new", "hi"));
    assertThat(created.id()).isNotNull();
    assertThat(created.tutorialId()).isEqualTo(views.id());
    assertThat(created.createdAt()).isNotNull();

    assertThatThrownBy(() -> tutorials.addComment(views, Comment.of("unsaved", null)))
        .isInstanceOfSatisfying(UnsavedRowException.class, e -> {
          assertThat(e.table()).isEqualTo("comments");
          assertThat(e.column()).isEqualTo("id");
        })
        .hasMessage("Cannot add an unsaved comments row through tutorials.comments"
            + " (its key is null; create it first)");
  }

  @DatabaseTest
  void belongsToManyGetCountHas(TestDatabase db) {
    assertThat(tutorials.getTags(joins, Query.<Tag>all().orderBy(TagTable.NAME.asc())))
        .containsExactly(java, sql);
    assertThat(tutorials.getTags(views)).isEmpty();
    assertThat(tags.getTutorials(sql)).containsExactly(joins);
    assertThat(tutorials.countTags(joins)).isEqualTo(2);
    assertThat(tutorials.countTags(joins, TagTable.NAME.like("j%"))).isEqualTo(1);
    assertThat(tutorials.hasTag(joins, java)).isTrue();
    assertThat(tutorials.hasTags(joins, List.of(java, sql))).isTrue();
    assertThat(tutorials.hasTags(joins, List.of(java, h2))).isFalse();
    assertThat(db.counter().count()).isEqualTo(8);
  }

  @DatabaseTest
  void belongsToManyAddRemoveSetTouchOnlyTheJunction(TestDatabase db) {
    tutorials.addTags(joins, List.of(java, h2));
    assertThat(db.counter().count()).as("find existing links, insert the missing").isEqualTo(2);
    assertThat(tutorials.getTags(joins)).extracting(Tag::name)
        .containsExactlyInAnyOrder("java", "sql", "h2");

    tutorials.removeTag(joins, java);
    assertThat(tutorials.getTags(joins)).extracting(Tag::name).containsExactlyInAnyOrder("sql", "h2");
    assertThat(FixtureDb.rowCount(db, "tags")).isEqualTo(3);

    tutorials.setTags(joins, List.of(java));
    assertThat(tutorials.getTags(joins)).containsExactly(java);
    tags.addTutorial(h2, views);
    assertThat(tags.getTutorials(h2)).containsExactly(views);
    tutorials.setTags(views, List.of());
    assertThat(tutorials.countTags(views)).isZero();
    assertThat(FixtureDb.rowCount(db, "tutorial_tags")).isEqualTo(1);
    assertThat(FixtureDb.rowCount(db, "tags")).isEqualTo(3);
    assertThat(FixtureDb.rowCount(db, "tutorials")).isEqualTo(2);

    Tag created = tutorials.createTag(views, Tag.of("jdbi"));
    assertThat(created.id()).isNotNull();
    assertThat(tutorials.getTags(views)).containsExactly(created);
  }

  @DatabaseTest
  void aSourceRowWithoutKeyIsUnsaved(TestDatabase db) {
    db.counter().reset();

    assertThatThrownBy(() -> tutorials.getComments(Tutorial.of("Draft", null, false)))
        .isInstanceOfSatisfying(UnsavedRowException.class, e -> {
          assertThat(e.table()).isEqualTo("tutorials");
          assertThat(e.column()).isEqualTo("id");
        })
        .hasMessage("Cannot use tutorials.comments: tutorials.id of the tutorials row is null"
            + " (save it first)");
    assertThat(db.counter().count()).isZero();
  }

  @DatabaseTest
  void aToOneOperationOnAToManyAssociationIsAnInvalidQuery(TestDatabase db) {
    assertThatThrownBy(() -> tutorials.getAssociated(joins, TutorialTable.COMMENTS))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e.table()).isEqualTo("tutorials");
          assertThat(e.column()).isNull();
        })
        .hasMessage("getOne needs a to-one association; tutorials.comments is HAS_MANY");
  }

  @DatabaseTest
  void settingAToOneOnADeletedRowFindsNoRow(TestDatabase db) {
    addresses.destroy(main);

    assertThatThrownBy(() -> addresses.setCustomer(main, grace))
        .isInstanceOfSatisfying(RowNotFoundException.class, e -> {
          assertThat(e.table()).isEqualTo("addresses");
          assertThat(e.column()).isEqualTo("id");
        })
        .hasMessage("Cannot set addresses.customer on the addresses row with id = " + main.id()
            + ": there is no such row (it was never created, or was deleted)");

    Address gone = new Address(main.id(), "Main St", "1000", null, null);
    assertThatThrownBy(() -> customers.setAddress(grace, gone))
        .isInstanceOfSatisfying(RowNotFoundException.class, e ->
            assertThat(e.table()).isEqualTo("addresses"))
        .hasMessage("Cannot point customers.address at the addresses row with id = " + main.id()
            + ": there is no such row (it was never created, or was deleted)");
    assertThat(customers.getAddress(ada)).isNull();
  }
}
