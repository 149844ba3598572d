package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Generated DAOs behave as Jdbi SqlObjects: attached, on demand, extended. */
class JdbiIntegrationTest {
  @BeforeEach
  void setUp(TestDatabase db) {
    FixtureDb.createSchema(db);
  }

  private static Tutorial tree() {
    return new Tutorial(null, "Joins", null, true, null, null,
        List.of(Comment.of("ann", "nice")), List.of(Tag.of("sql")));
  }

  @DatabaseTest
  void anAttachedDaoJoinsTheCallersTransaction(TestDatabase db) {
    db.jdbi().useHandle(h -> {
      h.begin();
      TutorialDao tutorials = h.attach(TutorialDao.class);
      Tutorial created = tutorials.create(tree(),
          List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include()));
      assertThat(h.isInTransaction()).as("the nested create did not commit").isTrue();
      assertThat(tutorials.count()).isEqualTo(1);
      assertThat(tutorials.findByPk(created.id())).isPresent();
      h.rollback();
    });

    for (String table : List.of("tutorials", "comments", "tags", "tutorial_tags")) {
      assertThat(FixtureDb.rowCount(db, table)).as(table).isZero();
    }
  }

  @DatabaseTest
  void aFailureInTheCallersTransactionRollsBackTheDaosWrites(TestDatabase db) {
    assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
      h.attach(CustomerDao.class).bulkCreate(List.of(new Customer(null, "Ada", null, 36, null),
          new Customer(null, "Alan", null, 41, null)));
      throw new IllegalStateException("caller changed its mind");
    })).hasMessage("caller changed its mind");

    assertThat(FixtureDb.rowCount(db, "customers")).isZero();
  }

  @DatabaseTest
  void anOnDemandDaoCommitsEachCall(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial created = tutorials.create(tree(),
        List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include()));

    assertThat(FixtureDb.rowCount(db, "tutorial_tags")).isEqualTo(1);
    assertThat(tutorials.findByPk(created.id())).map(Tutorial::title).contains("Joins");
    assertThat(db.counter().count()).isEqualTo(5);
  }

  @DatabaseTest
  void aUsersOwnSqlObjectMethodsWorkBesideTheGeneratedOnes(TestDatabase db) {
    CustomerQueries customers = db.jdbi().onDemand(CustomerQueries.class);
    String table = db.q("customers");
    String age = db.q("age");

    customers.bulkCreate(List.of(new Customer(null, "Ada", null, 36, null),
        new Customer(null, "Alan", null, 41, null)));
    assertThat(customers.countOlderThan(table, age, 40)).isEqualTo(1);
    assertThat(customers.birthday(table, age)).isEqualTo(2);
    assertThat(customers.findAll()).extracting(Customer::age).containsExactlyInAnyOrder(37, 42);
    assertThat(customers.createAndCount(new Customer(null, "Grace", null, 85, null), table, age))
        .isEqualTo(3);

    long counted = db.jdbi().withHandle(h -> h.attach(CustomerQueries.class)
        .countOlderThan(table, age, 80));
    assertThat(counted).isEqualTo(1);
  }
}
