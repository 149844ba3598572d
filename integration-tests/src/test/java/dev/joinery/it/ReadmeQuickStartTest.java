package dev.joinery.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.it.seeds.JoinerySchema;
import dev.joinery.it.seeds.customers.Address;
import dev.joinery.it.seeds.customers.AddressTable;
import dev.joinery.it.seeds.customers.Customer;
import dev.joinery.it.seeds.customers.CustomerDao;
import dev.joinery.it.seeds.customers.CustomerTable;
import dev.joinery.query.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, as written there (on the seed records it quotes), so that the first
 * code a user copies compiles and does what the README says it does.
 */
class ReadmeQuickStartTest {

  @Test
  void quickStartDoesWhatTheReadmeSays() {
    try (Joinery db = Joinery.connect("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE")) {
      db.sync(JoinerySchema.DEFINITION);

      db.jdbi().useTransaction(handle -> {
        CustomerDao customers = handle.attach(CustomerDao.class);

        Customer jack = customers.create(
            new Customer(null, "Jack", "Davis", 37,
                new Address(null, "W NORMA ST", "77009", null, null)),
            CustomerTable.ADDRESS);
        assertThat(jack.id()).isNotNull();
        assertThat(jack.address().id()).isNotNull();
        assertThat(jack.address().customerId()).isEqualTo(jack.id());

        List<Map<String, Object>> json = customers.findAllAsMaps(
            Query.include(CustomerTable.ADDRESS.include()
                .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip"))));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "W NORMA ST");
        address.put("zip", "77009");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", jack.id());
        expected.put("firstname", "Jack");
        expected.put("lastname", "Davis");
        expected.put("age", 37);
        expected.put("address", address);
        assertThat(json).containsExactly(expected);
        assertThat(json.get(0).keySet()).containsExactly("id", "firstname", "lastname", "age", "address");

        List<Customer> adults = customers.findAll(
            Query.where(CustomerTable.AGE.gte(18))
                .with(CustomerTable.ADDRESS)
                .orderBy(CustomerTable.LASTNAME.asc())
                .limit(20));
        assertThat(adults).extracting(Customer::firstname).containsExactly("Jack");
        assertThat(adults.get(0).address().street()).isEqualTo("W NORMA ST");

        List<Customer> rows = handle.createQuery(
                "SELECT c.* FROM customers c JOIN addresses a ON a.customer_id = c.id"
                    + " WHERE a.postcode = :pc")
            .bind("pc", "77009")
            .mapTo(Customer.class)
            .list();
        assertThat(rows).containsExactly(new Customer(jack.id(), "Jack", "Davis", 37, null));
      });
    }
  }
}
