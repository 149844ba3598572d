package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.UniqueConstraintException;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What {@code =} on a string means on each database, as the README's "Comparing strings" says:
 * case and accents count everywhere (Joinery's MySQL/MariaDB tables are {@code utf8mb4_bin}, not
 * the server's case-insensitive default); trailing spaces are ignored by MySQL/MariaDB only.
 */
class StringComparisonTest {
  private CustomerDao customers;

  @BeforeEach
  void setUp(TestDatabase db) {
    FixtureDb.createSchema(db);
    customers = db.jdbi().onDemand(CustomerDao.class);
    customers.bulkCreate(List.of(new Customer(null, "Ada", "Lovelace", 36, null),
        new Customer(null, "Émile", "Zola", 62, null)));
  }

  private List<String> lastnamesWhere(String lastname) {
    return customers.findAll(Query.where(CustomerTable.LASTNAME.eq(lastname))).stream()
        .map(Customer::lastname).toList();
  }

  @DatabaseTest
  void caseAndAccentsCountOnEveryDatabase(TestDatabase db) {
    assertThat(lastnamesWhere("Lovelace")).containsExactly("Lovelace");
    assertThat(lastnamesWhere("lovelace")).isEmpty();
    assertThat(lastnamesWhere("LOVELACE")).isEmpty();
    assertThat(customers.findAll(Query.where(CustomerTable.FIRSTNAME.eq("Emile")))).isEmpty();
    assertThat(customers.findAll(Query.where(CustomerTable.FIRSTNAME.eq("Émile")))).hasSize(1);
  }

  @DatabaseTest(value = {Engine.H2, Engine.MARIADB})
  void stringsSortByCodePointWhereJoineryPicksTheCollation(TestDatabase db) {
    // PostgreSQL sorts by the database's lc_collate, which the server's owner chose.
    customers.create(new Customer(null, "ada", "byron", 1, null));
    assertThat(customers.findAll(Query.<Customer>all().orderBy(CustomerTable.LASTNAME.asc()))
        .stream().map(Customer::lastname)).containsExactly("Lovelace", "Zola", "byron");
  }

  @DatabaseTest
  void uniqueIndexesTellCaseApart(TestDatabase db) {
    TagDao tags = db.jdbi().onDemand(TagDao.class);
    tags.create(new Tag(null, "Java", null));
    tags.create(new Tag(null, "java", null));
    assertThatThrownBy(() -> tags.create(new Tag(null, "Java", null)))
        .isInstanceOf(UniqueConstraintException.class);
  }

  @DatabaseTest
  void trailingSpacesAreIgnoredByMySqlOnly(TestDatabase db) {
    List<String> matched = lastnamesWhere("Lovelace ");
    if (db.engine() == Engine.MARIADB) {
      assertThat(matched).as("PAD SPACE").containsExactly("Lovelace");
    } else {
      assertThat(matched).isEmpty();
    }
    assertThat(customers.findAll(Query.where(CustomerTable.LASTNAME.like("Lovelace "))))
        .as("LIKE counts trailing spaces everywhere").isEmpty();
  }
}
