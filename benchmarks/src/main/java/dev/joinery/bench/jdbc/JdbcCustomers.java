package dev.joinery.bench.jdbc;

import dev.joinery.bench.model.Address;
import dev.joinery.bench.model.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers the way one writes them by hand with JDBC: one LEFT JOIN for the address, columns
 * read by position, records built directly. The baseline of scenario 1.
 */
public final class JdbcCustomers {
  private final String findAllWithAddress;
  private int statements;

  public JdbcCustomers(JdbcTypes types) {
    this.findAllWithAddress = types.sql(
        "SELECT c.\"id\", c.\"firstname\", c.\"lastname\", c.\"age\", "
            + "a.\"id\", a.\"street\", a.\"postcode\", a.\"customer_id\" "
            + "FROM \"customers\" c LEFT JOIN \"addresses\" a ON a.\"customer_id\" = c.\"id\"");
  }

  /** Statements executed so far: this class counts its own, by hand. */
  public int statements() {
    return statements;
  }

  /** Every customer with its address (null when it has none). */
  public List<Customer> findAllWithAddress(Connection connection) throws SQLException {
    statements++;
    try (PreparedStatement ps = connection.prepareStatement(findAllWithAddress);
        ResultSet rs = ps.executeQuery()) {
      List<Customer> customers = new ArrayList<>();
      while (rs.next()) {
        Address address = null;
        long addressId = rs.getLong(5);
        if (!rs.wasNull()) {
          address = new Address(addressId, rs.getString(6), rs.getString(7),
              JdbcTypes.readLong(rs, 8), null);
        }
        customers.add(new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            address));
      }
      return customers;
    }
  }
}
