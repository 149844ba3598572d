package dev.joinery.dao;

import static dev.joinery.fixtures.CustomerTable.AGE;
import static dev.joinery.fixtures.CustomerTable.FIRSTNAME;
import static dev.joinery.fixtures.CustomerTable.ID;
import static dev.joinery.fixtures.CustomerTable.LASTNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.RowNotFoundException;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Condition;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class CrudTest {
  private TestDatabase db;
  private CustomerDao customers;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    customers = db.jdbi().onDemand(CustomerDao.class);
  }

  private void people() {
    customers.bulkCreate(List.of(
        new Customer(null, "Ada", "Lovelace", 36, null),
        new Customer(null, "Alan", "Turing", 41, null),
        new Customer(null, "Grace", "Hopper", 85, null),
        new Customer(null, "Edsger", null, 72, null)));
    db.counter().reset();
  }

  private List<String> names(Condition<Customer> where) {
    return customers.findAll(Query.where(where).orderBy(ID.asc())).stream()
        .map(Customer::firstname).toList();
  }

  @DatabaseTest
  void createReturnsTheGeneratedKeyAndTimestampsInOneStatement(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

    Tutorial created = tutorials.create(Tutorial.of("Joins", "inner and outer", true));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(created.id()).isNotNull();
    assertThat(created.createdAt()).isNotNull().isAfterOrEqualTo(before);
    assertThat(created.updatedAt()).isEqualTo(created.createdAt());
    assertThat(created.comments()).isNull();
    assertThat(tutorials.findByPk(created.id())).contains(created);
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tutorials\"")).containsExactly("Joins");
  }

  @DatabaseTest
  void bulkCreateIsOneBatchStatement(TestDatabase db) {
    TagDao tags = db.jdbi().onDemand(TagDao.class);

    List<Tag> created = tags.bulkCreate(List.of(Tag.of("java"), Tag.of("sql"), Tag.of("jdbi")));

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(created).extracting(Tag::name).containsExactly("java", "sql", "jdbi");
    assertThat(created).extracting(Tag::id).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(created.get(0).id()).isLessThan(created.get(1).id());
    assertThat(FixtureDb.column(db, "SELECT \"name\" FROM \"tags\" ORDER BY \"id\""))
        .containsExactly("java", "sql", "jdbi");
    assertThat(FixtureDb.column(db, "SELECT \"id\" FROM \"tags\" ORDER BY \"id\""))
        .containsExactly(created.stream().map(t -> t.id().toString()).toArray(String[]::new));
  }

  @DatabaseTest
  void findsByPrimaryKeyAndFindsOne(TestDatabase db) {
    people();
    Customer grace = customers.findOne(Query.where(FIRSTNAME.eq("Grace"))).orElseThrow();

    assertThat(customers.findByPk(grace.id())).contains(grace);
    assertThat(customers.findByPk(grace.id(), Query.where(AGE.lt(50)))).isEmpty();
    assertThat(customers.findByPk(-1L)).isEmpty();
    assertThat(customers.findOne(Query.where(AGE.gt(100)))).isEmpty();
    assertThat(customers.findOne(Query.<Customer>all().orderBy(AGE.desc())))
        .map(Customer::firstname).contains("Grace");
    assertThat(db.counter().count()).isEqualTo(6);
  }

  @DatabaseTest
  void findsWithEveryConditionOperator(TestDatabase db) {
    people();
    assertThat(names(AGE.eq(41))).containsExactly("Alan");
    assertThat(names(AGE.ne(41))).containsExactly("Ada", "Grace", "Edsger");
    assertThat(names(AGE.gt(41))).containsExactly("Grace", "Edsger");
    assertThat(names(AGE.gte(41))).containsExactly("Alan", "Grace", "Edsger");
    assertThat(names(AGE.lt(41))).containsExactly("Ada");
    assertThat(names(AGE.lte(41))).containsExactly("Ada", "Alan");
    assertThat(names(AGE.in(36, 85))).containsExactly("Ada", "Grace");
    assertThat(names(AGE.in(List.of()))).isEmpty();
    assertThat(names(AGE.notIn(36, 85))).containsExactly("Alan", "Edsger");
    assertThat(names(AGE.notIn(List.of()))).hasSize(4);
    assertThat(names(FIRSTNAME.like("A%"))).containsExactly("Ada", "Alan");
    assertThat(names(AGE.between(40, 80))).containsExactly("Alan", "Edsger");
    assertThat(names(LASTNAME.isNull())).containsExactly("Edsger");
    assertThat(names(LASTNAME.isNotNull())).containsExactly("Ada", "Alan", "Grace");
    assertThat(names(LASTNAME.eq(null))).containsExactly("Edsger");
    assertThat(names(LASTNAME.ne(null))).containsExactly("Ada", "Alan", "Grace");
    assertThat(names(Condition.and(FIRSTNAME.like("A%"), AGE.gt(40)))).containsExactly("Alan");
    assertThat(names(AGE.lt(40).or(AGE.gt(80)))).containsExactly("Ada", "Grace");
    assertThat(names(Condition.not(FIRSTNAME.like("A%")))).containsExactly("Grace", "Edsger");
    assertThat(names(Condition.or(Condition.and(AGE.gt(30), AGE.lt(40)), FIRSTNAME.eq("Edsger"))))
        .containsExactly("Ada", "Edsger");
    assertThat(names(Condition.and())).hasSize(4);
    assertThat(names(Condition.or())).isEmpty();
    assertThat(db.counter().count()).isEqualTo(22);
  }

  @DatabaseTest
  void ordersAndPages(TestDatabase db) {
    people();
    List<Customer> page = customers.findAll(Query.<Customer>all()
        .orderBy(AGE.desc()).limit(2).offset(1));
    assertThat(page).extracting(Customer::firstname).containsExactly("Edsger", "Alan");
    assertThat(customers.findAll(Query.<Customer>all().orderBy(AGE.asc()).offset(3)))
        .extracting(Customer::firstname).containsExactly("Grace");
    assertThat(customers.findAll(Query.<Customer>all().orderBy(LASTNAME.asc(), AGE.desc()).limit(1)))
        .hasSize(1);
  }

  @DatabaseTest
  void pagesOfOneQueryShareOneStatementText(TestDatabase db) {
    people();
    Query<Customer> byAge = Query.<Customer>all().orderBy(AGE.asc());

    assertThat(customers.findAll(byAge.limit(2).offset(0)))
        .extracting(Customer::firstname).containsExactly("Ada", "Alan");
    assertThat(customers.findAll(byAge.limit(2).offset(2)))
        .extracting(Customer::firstname).containsExactly("Edsger", "Grace");
    assertThat(customers.findAll(byAge.limit(3).offset(1)))
        .extracting(Customer::firstname).containsExactly("Alan", "Edsger", "Grace");
    assertThat(customers.findAll(byAge.offset(3)))
        .extracting(Customer::firstname).containsExactly("Grace");
    assertThat(customers.findAll(byAge.offset(1)))
        .extracting(Customer::firstname).containsExactly("Alan", "Edsger", "Grace");

    // The bounds are bound: every page of a query is one text, one prepared statement.
    List<String> texts = db.counter().statements();
    assertThat(texts).hasSize(5);
    assertThat(texts.get(0)).endsWith(" LIMIT ? OFFSET ?");
    assertThat(texts.subList(1, 3)).containsOnly(texts.get(0));
    assertThat(texts.get(3)).endsWith(" OFFSET ?").isEqualTo(texts.get(4));
  }

  @DatabaseTest
  void selectsAttributesAndExcludes(TestDatabase db) {
    people();
    Customer ada = customers.findOne(Query.where(FIRSTNAME.eq("Ada")).attributes(FIRSTNAME))
        .orElseThrow();
    assertThat(ada).isEqualTo(new Customer(null, "Ada", null, 0, null));
    Customer noAge = customers.findOne(Query.where(FIRSTNAME.eq("Ada")).exclude(AGE))
        .orElseThrow();
    assertThat(noAge.lastname()).isEqualTo("Lovelace");
    assertThat(noAge.age()).isZero();
  }

  @DatabaseTest
  void counts(TestDatabase db) {
    people();
    assertThat(customers.count()).isEqualTo(4);
    assertThat(customers.count(AGE.gt(40))).isEqualTo(3);
    assertThat(db.counter().count()).isEqualTo(2);
  }

  @DatabaseTest
  void updateWritesTheRowAndFillsUpdatedAt(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial created = tutorials.create(Tutorial.of("Joins", null, false));
    Tutorial old = new Tutorial(created.id(), created.title(), created.description(), false,
        created.createdAt(), Instant.parse("2020-01-01T00:00:00Z"), null, null);
    db.counter().reset();

    Tutorial updated = tutorials.update(new Tutorial(old.id(), "Outer joins", "left, right", true,
        old.createdAt(), old.updatedAt(), null, null));

    assertThat(db.counter().count()).as("the UPDATE, then createdAt read back").isEqualTo(2);
    assertThat(db.counter().statements().get(0)).doesNotContain("created_at");
    assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(tutorials.findByPk(created.id())).contains(updated);
  }

  /**
   * A REST handler builds the record from a request body without timestamps: as Sequelize's
   * save of an existing row, update never writes createdAt, and returns the stored one.
   */
  @DatabaseTest
  void updateNeverWritesCreatedAtAndReturnsTheStoredOne(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial created = tutorials.create(Tutorial.of("Joins", null, false));
    db.counter().reset();

    Tutorial fromBody = tutorials.update(
        new Tutorial(created.id(), "Outer joins", null, true, null, null, null, null));
    Tutorial otherCreatedAt = tutorials.update(new Tutorial(created.id(), "Inner joins", null,
        true, Instant.parse("2001-01-01T00:00:00Z"), null, null, null));

    assertThat(db.counter().count()).isEqualTo(4);
    assertThat(fromBody.createdAt()).isEqualTo(created.createdAt());
    assertThat(otherCreatedAt.createdAt()).isEqualTo(created.createdAt());
    assertThat(otherCreatedAt.updatedAt()).isAfterOrEqualTo(fromBody.updatedAt());
    assertThat(tutorials.findByPk(created.id())).contains(otherCreatedAt);
  }

  @DatabaseTest
  void updateOfAMissingRowFindsNoRow(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);

    assertThatThrownBy(() -> tutorials.update(new Tutorial(42L, "Nowhere", null, true, null, null,
        null, null)))
        .isInstanceOfSatisfying(RowNotFoundException.class, e -> {
          assertThat(e.table()).isEqualTo("tutorials");
          assertThat(e.column()).isEqualTo("id");
        })
        .hasMessage("Cannot update the tutorials row with id = 42: there is no such row (it was"
            + " never created, or was deleted)");

    assertThat(db.counter().count()).as("the UPDATE, nothing to read back").isEqualTo(1);
    assertThat(tutorials.count()).isZero();
  }

  /**
   * An explicit key in an identity column (PostgreSQL, H2) does not advance its sequence, so the
   * runtime moves it past the table's highest key, never backwards; MariaDB's AUTO_INCREMENT does
   * that by itself. Keys generated afterwards are the same on the three databases.
   */
  @DatabaseTest
  void keysGeneratedAfterExplicitKeysDoNotCollide(TestDatabase db) {
    int advance = db.dialect().advanceIdentity("customers", "id").isPresent() ? 1 : 0;

    List<Customer> mixed = customers.bulkCreate(List.of(
        new Customer(100L, "Ada", "Lovelace", 36, null),
        new Customer(null, "Alan", "Turing", 41, null)));
    assertThat(db.counter().count()).as("explicit keys, advance, generated keys")
        .isEqualTo(2 + advance);
    assertThat(mixed).extracting(Customer::id).containsExactly(100L, 101L);

    customers.create(new Customer(200L, "Grace", "Hopper", 85, null));
    assertThat(customers.destroyByPk(200L)).isTrue();
    customers.create(new Customer(50L, "Edsger", "Dijkstra", 72, null));
    Customer generated = customers.create(new Customer(null, "Barbara", "Liskov", 84, null));

    assertThat(generated.id()).as("the sequence never moves backwards").isEqualTo(201L);
    assertThat(FixtureDb.column(db, "SELECT \"id\" FROM \"customers\" ORDER BY \"id\""))
        .containsExactly("50", "100", "101", "201");
  }

  @DatabaseTest
  void bulkUpdateSetsColumnsAndUpdatedAtWhereMatching(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    tutorials.bulkCreate(List.of(Tutorial.of("A1", null, false), Tutorial.of("A2", null, false),
        Tutorial.of("B1", null, false)));
    Instant before = tutorials.findAll().get(0).updatedAt();
    db.counter().reset();

    int changed = tutorials.update(List.of(TutorialTable.PUBLISHED.set(true),
        TutorialTable.DESCRIPTION.set("bulk")), TutorialTable.TITLE.like("A%"));

    assertThat(changed).isEqualTo(2);
    assertThat(db.counter().count()).isEqualTo(1);
    List<Tutorial> all = tutorials.findAll(Query.<Tutorial>all().orderBy(TutorialTable.TITLE.asc()));
    assertThat(all).extracting(Tutorial::published).containsExactly(true, true, false);
    assertThat(all).extracting(Tutorial::description).containsExactly("bulk", "bulk", null);
    assertThat(all.get(0).updatedAt()).isAfterOrEqualTo(before);
  }

  /**
   * A timestamp assigned by a bulk update is stored cut to the column's microseconds, as a row
   * write stores it; PostgreSQL and H2 would round the nanoseconds up themselves.
   */
  @DatabaseTest
  void bulkUpdateStoresAnAssignedTimestampCutToTheColumnsPrecision(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    tutorials.create(Tutorial.of("A1", null, false));
    Instant at = Instant.parse("2026-12-03T10:00:00.123456789Z");

    tutorials.update(List.of(TutorialTable.CREATED_AT.set(at)), TutorialTable.TITLE.eq("A1"));

    assertThat(tutorials.findAll().get(0).createdAt())
        .isEqualTo(Instant.parse("2026-12-03T10:00:00.123456Z"));
  }

  @DatabaseTest
  void destroysByRowByKeyAndByCondition(TestDatabase db) {
    people();
    List<Customer> all = customers.findAll(Query.<Customer>all().orderBy(ID.asc()));
    db.counter().reset();

    assertThat(customers.destroy(all.get(0))).isTrue();
    assertThat(customers.destroy(all.get(0))).isFalse();
    assertThat(customers.destroyByPk(all.get(1).id())).isTrue();
    assertThat(customers.destroy(AGE.gt(80))).isEqualTo(1);

    assertThat(db.counter().count()).isEqualTo(4);
    assertThat(FixtureDb.column(db, "SELECT \"firstname\" FROM \"customers\""))
        .containsExactly("Edsger");
  }
}
