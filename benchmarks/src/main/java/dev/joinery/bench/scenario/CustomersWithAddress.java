package dev.joinery.bench.scenario;

import dev.joinery.bench.Seed;
import dev.joinery.bench.jdbc.JdbcCustomers;
import dev.joinery.bench.model.Customer;
import dev.joinery.bench.model.CustomerDao;
import dev.joinery.bench.model.CustomerTable;
import dev.joinery.query.Query;
import java.sql.Connection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Scenario 1: findAll 20,000 customers include address (a to-one include: one LEFT JOIN on both
 * sides). Every 20th customer has no address.
 */
public class CustomersWithAddress extends Scenario<List<Customer>> {
  static final int CUSTOMERS = 20_000;

  private JdbcCustomers customers;

  @Override
  protected void seed() {
    Seed.customers(database, CUSTOMERS);
    customers = new JdbcCustomers(types);
  }

  @Override
  protected List<Customer> runDao(Handle handle) {
    return handle.attach(CustomerDao.class).findAll(Query.include(CustomerTable.ADDRESS));
  }

  @Override
  protected List<Customer> runJdbc(Connection connection) throws Exception {
    return customers.findAllWithAddress(connection);
  }

  @Override
  protected int jdbcStatements() {
    return customers.statements();
  }

  @Override
  protected Object canonical(List<Customer> result) {
    return Results.customersById(result);
  }

  @Override
  protected String describe(List<Customer> result) {
    long withAddress = result.stream().filter(c -> c.address() != null).count();
    return result.size() + " customers, " + withAddress + " addresses";
  }

  @Override
  protected String title() {
    return "1. findAll 20,000 customers include address";
  }
}
