package dev.joinery.it.seeds.sequelize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Records in the Sequelize naming mode on each database: the tables and columns Sequelize 6
 * would have created for the same models, rows written and read through them, and timestamps
 * stored at their column's precision, so that what {@code create} and {@code update} return is
 * what a read finds.
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
        .containsExactly("id", "firstName", "createdAt", "updatedAt");
    assertThat(catalog.columns("Children")).extracting(Catalog.ColumnFact::name)
        .containsExactly("id", "name", "PersonId");
    Catalog.ForeignKeyFact key = catalog.foreignKeys("Children").get("Children_PersonId_fkey");
    assertThat(key.columns()).containsExactly("PersonId");
    assertThat(key.referencedTable()).isEqualTo("People");
    // createdAt and updatedAt are NOT NULL, as Sequelize makes them.
    assertThat(catalog.column("People", "createdAt").orElseThrow().nullable()).isFalse();
    assertThat(catalog.column("People", "updatedAt").orElseThrow().nullable()).isFalse();
    assertThat(fractionalDigits(catalog.column("People", "createdAt").orElseThrow())).isZero();
    assertThat(fractionalDigits(catalog.column("Users", "createdAt").orElseThrow())).isEqualTo(6);
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

  @DatabaseTest
  void timestampsOfWholeSecondsAreReturnedAsStored(TestDatabase db) {
    Instant given = Instant.parse("2026-12-02T17:33:33.470672Z");
    Person created = people.create(new Person(null, "Ann", given, null, null));

    assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-12-02T17:33:33Z"));
    assertThat(created.updatedAt().getNano()).isZero();
    assertThat(people.findByPk(created.id())).contains(created);

    Person updated = people.update(new Person(created.id(), "Ann Lee", created.createdAt(),
        created.updatedAt(), null));
    assertThat(updated.updatedAt().getNano()).isZero();
    assertThat(people.findByPk(created.id())).contains(updated);
  }

  @DatabaseTest
  void timestampsOfTheDefaultPrecisionKeepMicroseconds(TestDatabase db) {
    User created = users.create(new User(null, "ann@example.com",
        Instant.parse("2026-12-02T17:33:33.123456789Z"), null));

    assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-12-02T17:33:33.123456Z"));
    assertThat(created.updatedAt()).isInstanceOf(LocalDateTime.class);
    assertThat(created.updatedAt().getNano() % 1000).isZero();
    assertThat(users.findByPk(created.id())).contains(created);
  }

  /**
   * The digits after the second: MySQL and MariaDB report a DATETIME's display width (19
   * characters, then the point and the digits), the others its scale.
   */
  private static int fractionalDigits(Catalog.ColumnFact column) {
    if (column.type().equalsIgnoreCase("datetime")) {
      return column.size() == 19 ? 0 : column.size() - 20;
    }
    return column.scale();
  }
}
