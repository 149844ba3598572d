package dev.joinery.it.seeds.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.UniqueConstraintException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seed 000's flows through the generated {@link CustomerDao} and {@link AddressDao}: POST a
 * customer with its address in one call, then GET every customer with the address's street and
 * postcode renamed to zip.
 */
class CustomersTest {
  private TestDatabase db;
  private CustomerDao customers;
  private AddressDao addresses;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "customers", "addresses");
    customers = db.jdbi().onDemand(CustomerDao.class);
    addresses = db.jdbi().onDemand(AddressDao.class);
  }

  private Customer jack() {
    return customers.create(new Customer(null, "Jack", "Davis", 25,
        Address.of("West NewYork Street", "10001")), CustomerTable.ADDRESS);
  }

  @DatabaseTest
  void createsACustomerWithItsAddressInOneCall(TestDatabase db) {
    Customer jack = jack();

    assertThat(db.counter().count()).as("customer, then address").isEqualTo(2);
    assertThat(jack.id()).isNotNull();
    assertThat(jack.address().id()).isNotNull();
    assertThat(jack.address().customerId()).isEqualTo(jack.id());
    assertThat(SeedDb.lines(db, "SELECT \"id\", \"firstname\", \"lastname\", \"age\" FROM \"customers\""))
        .containsExactly(jack.id() + "|Jack|Davis|25");
    assertThat(SeedDb.lines(db, "SELECT \"street\", \"postcode\", \"customer_id\" FROM \"addresses\""))
        .containsExactly("West NewYork Street|10001|" + jack.id());
  }

  @DatabaseTest
  void findAllIncludesTheAddressWithRenamedAttributesInTheMapView(TestDatabase db) {
    Customer jack = jack();
    customers.create(Customer.of("Mary", "Taylor", 37));
    db.counter().reset();

    List<Map<String, Object>> found = customers.findAllAsMaps(Query.<Customer>all()
        .attributes(CustomerTable.FIRSTNAME, CustomerTable.LASTNAME, CustomerTable.AGE)
        .with(CustomerTable.ADDRESS.include()
            .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip")))
        .orderBy(CustomerTable.ID.asc()));

    assertThat(db.counter().count()).as("a to-one include is a join").isEqualTo(1);
    assertThat(found).containsExactly(
        map("firstname", "Jack", "lastname", "Davis", "age", 25,
            "address", map("street", "West NewYork Street", "zip", "10001")),
        map("firstname", "Mary", "lastname", "Taylor", "age", 37, "address", null));
    assertThat(found.get(0).keySet()).containsExactly("firstname", "lastname", "age", "address");
    assertThat(customers.findAll(Query.include(CustomerTable.ADDRESS)))
        .contains(jack).hasSize(2);
  }

  @DatabaseTest
  void anAddressIncludesItsCustomer(TestDatabase db) {
    Customer jack = jack();
    db.counter().reset();

    Address found = addresses.findOne(Query.<Address>include(AddressTable.CUSTOMER)).orElseThrow();

    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(found.customer()).isEqualTo(new Customer(jack.id(), "Jack", "Davis", 25, null));
    assertThat(customers.getAddress(jack)).isEqualTo(jack.address());
  }

  @DatabaseTest
  void theUniqueIndexKeepsItOneToOneAndDeletingTheCustomerCascades(TestDatabase db) {
    Customer jack = jack();

    assertThatThrownBy(() -> addresses.create(new Address(null, "East Street", "10002", jack.id(), null)))
        .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
          assertThat(e.table()).isEqualTo("addresses");
          assertThat(e.column()).isEqualTo("customer_id");
        });
    assertThat(SeedDb.lines(db, "SELECT \"street\" FROM \"addresses\"")).containsExactly("West NewYork Street");

    assertThat(customers.destroy(jack)).isTrue();
    assertThat(SeedDb.rows(db, "SELECT * FROM \"addresses\"")).isEmpty();
  }

  /** An insertion-ordered map that, unlike {@code Map.of}, holds nulls. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
