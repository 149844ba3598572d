package dev.joinery.it.seeds.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.JoineryPlugin;
import dev.joinery.it.SeedDb;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.BeforeEach;

/**
 * User SQL maps generated records with nothing registered by hand: installing
 * {@link JoineryPlugin} on a plain {@link Jdbi} registers the row mapper of every record the
 * processor generated, found through the service entry it wrote beside {@code JoinerySchema}.
 */
class RowMappersTest {
  /**
   * A user's own SqlObject: plain Jdbi, not a generated DAO. {@code <q>} is the dialect's
   * identifier quote, as the test databases create quoted lower-case names and H2 folds unquoted
   * ones to upper case.
   */
  public interface CustomerQueries {
    @SqlQuery("SELECT * FROM <q>customers<q> WHERE <q>age<q> > :age ORDER BY <q>age<q>")
    List<Customer> olderThan(@Bind("age") int age);

    @SqlQuery("SELECT <q>id<q>, <q>firstname<q> FROM <q>customers<q>"
        + " WHERE <q>lastname<q> = :lastname")
    Optional<Customer> byLastname(@Bind("lastname") String lastname);
  }

  private Jdbi jdbi;
  private Customer jack;
  private Customer mary;

  @BeforeEach
  void setUp(TestDatabase db) {
    SeedDb.sync(db, "customers", "addresses");
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
    jack = customers.create(Customer.of("Jack", "Davis", 25));
    mary = customers.create(Customer.of("Mary", "Taylor", 37));
    // A Jdbi as a user builds it, not the harness's.
    jdbi = Jdbi.create(db.dataSource())
        .installPlugin(new SqlObjectPlugin())
        .installPlugin(new JoineryPlugin())
        .define("q", db.q("x").substring(0, 1));
  }

  @DatabaseTest
  void rawSqlMapsToTheRecord(TestDatabase db) {
    List<Customer> found = jdbi.withHandle(h -> h
        .createQuery("SELECT * FROM " + db.q("customers") + " ORDER BY " + db.q("id"))
        .mapTo(Customer.class)
        .list());

    assertThat(found).containsExactly(jack, mary);
    assertThat(found.get(0).address()).as("associations are not loaded by raw SQL").isNull();
  }

  @DatabaseTest
  void everyRecordOfTheCompilationIsRegistered(TestDatabase db) {
    Address address = jdbi.withHandle(h -> h
        .createQuery("SELECT 7 AS id, 'Main Street' AS street, '10001' AS postcode, "
            + jack.id() + " AS customer_id")
        .mapTo(Address.class)
        .one());

    assertThat(address).isEqualTo(new Address(7L, "Main Street", "10001", jack.id(), null));
  }

  @DatabaseTest
  void aSqlObjectMethodReturnsRecords(TestDatabase db) {
    CustomerQueries queries = jdbi.onDemand(CustomerQueries.class);

    assertThat(queries.olderThan(30)).containsExactly(mary);
    assertThat(queries.byLastname("Davis"))
        .as("columns the query leaves out read as null or zero")
        .contains(new Customer(jack.id(), "Jack", null, 0, null));
  }
}
