package dev.joinery.it.seeds.sequelize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.schema.LiveSchema;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Records in the Sequelize naming mode on each database: the tables and columns Sequelize 6
 * would have created for the same models, rows written and read through them, and timestamps
 * stored at their column's precision (unless written, the database's own, as Sequelize's), so
 * that what {@code create} and {@code update} return is what a read finds.
 */
class SequelizeNamingTest {
  private PersonDao people;
  private UserDao users;

  @BeforeEach
  void setUp(TestDatabase db) {
    SeedDb.sync(db, "People", "Children", "Users");
    people = db.jdbi().onDemand(PersonDao.class);
    users = db.jdbi().onDemand(UserDao.class);
  }

  @DatabaseTest
  void tablesAndColumnsAreNamedAsSequelizeNamesThem(TestDatabase db) {
    Catalog catalog = Catalog.of(db);

    assertThat(catalog.columns("People")).extracting(Catalog.ColumnFact::name)
        .containsExactly("id", "firstName", "wakesAt", "createdAt", "updatedAt");
    assertThat(catalog.columns("Children")).extracting(Catalog.ColumnFact::name)
        .containsExactly("id", "name", "PersonId");
    Catalog.ForeignKeyFact key = catalog.foreignKeys("Children").get("Children_PersonId_fkey");
    assertThat(key.columns()).containsExactly("PersonId");
    assertThat(key.referencedTable()).isEqualTo("People");
    // createdAt and updatedAt are NOT NULL, as Sequelize makes them.
    assertThat(catalog.column("People", "createdAt").orElseThrow().nullable()).isFalse();
    assertThat(catalog.column("People", "updatedAt").orElseThrow().nullable()).isFalse();
  }

  /**
   * Sequelize's {@code DATE} and {@code TIME} state no digits, and neither do the mode's time
   * columns: each database gives its own, so {@code plan(ALTER)} finds the tables as Sequelize's
   * would be. A written precision is kept on every database.
   */
  @DatabaseTest
  void timeColumnsHoldTheDatabasesOwnDigitsUnlessTheyWriteTheirs(TestDatabase db) {
    SchemaDef schema = new SchemaDef(List.of(PersonTable.INSTANCE.definition(),
        ChildTable.INSTANCE.definition(), UserTable.INSTANCE.definition()));
    LiveSchema live = db.jdbi().withHandle(h -> SchemaSync.liveSchema(h, schema));

    int seconds = db.engine() == Engine.MARIADB ? 0 : 6;
    assertThat(live.fractionalDigits("People", "createdAt")).hasValue(seconds);
    assertThat(live.fractionalDigits("People", "updatedAt")).hasValue(seconds);
    // H2 gives a TIME whole seconds, PostgreSQL microseconds as to its timestamps.
    assertThat(live.fractionalDigits("People", "wakesAt"))
        .hasValue(db.engine() == Engine.POSTGRESQL ? 6 : 0);
    assertThat(live.fractionalDigits("Users", "createdAt")).hasValue(6);
    assertThat(live.fractionalDigits("Users", "updatedAt")).hasValue(0);
    SyncPlan plan = db.jdbi().withHandle(h -> SchemaSync.plan(h, schema, SyncMode.ALTER));
    assertThat(plan).isEmpty();
    assertThat(plan.drift()).isEmpty();
  }

  @DatabaseTest
  void aNestedCreateReadsBackWithItsInclude(TestDatabase db) {
    Person ann = people.create(Person.of("Ann", Child.of("Bo"), Child.of("Cy")),
        PersonTable.CHILDREN);

    assertThat(people.findByPk(ann.id(), Query.include(PersonTable.CHILDREN))).contains(ann);
    assertThat(ann.children()).extracting(Child::PersonId).containsOnly(ann.id());
    List<Map<String, Object>> rows = SeedDb.rows(db,
        "SELECT \"name\", \"PersonId\" FROM \"Children\" ORDER BY \"id\"");
    assertThat(rows).containsExactly(Map.of("name", "Bo", "personid", ann.id()),
        Map.of("name", "Cy", "personid", ann.id()));
  }

  /**
   * Times of the database's precision are cut to what it holds before they are written, so what
   * {@code create} and {@code update} return is what a read finds: whole seconds on MariaDB,
   * microseconds on PostgreSQL, and on H2 microseconds but whole seconds for a TIME.
   */
  @DatabaseTest
  void timesOfTheDatabasesPrecisionAreReturnedAsStored(TestDatabase db) {
    Instant given = Instant.parse("2026-12-02T17:33:33.470672Z");
    LocalTime wakesAt = LocalTime.parse("07:15:30.123456");
    Person created = people.create(new Person(null, "Ann", wakesAt, given, null, null));

    boolean micros = db.engine() != Engine.MARIADB;
    assertThat(created.createdAt())
        .isEqualTo(micros ? given : Instant.parse("2026-12-02T17:33:33Z"));
    assertThat(created.wakesAt()).isEqualTo(db.engine() == Engine.POSTGRESQL
        ? wakesAt : LocalTime.parse("07:15:30"));
    assertThat(created.updatedAt().getNano() % (micros ? 1_000 : 1_000_000_000)).isZero();
    assertThat(people.findByPk(created.id())).contains(created);

    Person updated = people.update(new Person(created.id(), "Ann Lee",
        LocalTime.parse("06:45:10.999999"), created.createdAt(), created.updatedAt(), null));
    assertThat(updated.wakesAt().getNano()).isEqualTo(db.engine() == Engine.POSTGRESQL
        ? 999_999_000 : 0);
    assertThat(updated.updatedAt().getNano() % (micros ? 1_000 : 1_000_000_000)).isZero();
    assertThat(people.findByPk(created.id())).contains(updated);
  }

  @DatabaseTest
  void timestampsOfAWrittenPrecisionKeepItOnEveryDatabase(TestDatabase db) {
    User created = users.create(new User(null, "ann@example.com",
        Instant.parse("2026-12-02T17:33:33.123456789Z"), null));

    assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-12-02T17:33:33.123456Z"));
    assertThat(created.updatedAt()).isInstanceOf(LocalDateTime.class);
    assertThat(created.updatedAt().getNano()).isZero();
    assertThat(users.findByPk(created.id())).contains(created);
  }
}
