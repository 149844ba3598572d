package dev.joinery.it.seeds.customers;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seeds 000/001: {@code Customer.hasOne(Address)}, the key {@code customerId} on the address. */
@Table("customers")
public record Customer(
    @Id @AutoIncrement Long id,
    @Column(length = 100) String firstname,
    String lastname,
    int age,
    @HasOne(foreignKey = "customerId") Address address) {

  /** A new customer without an address. */
  public static Customer of(String firstname, String lastname, int age) {
    return new Customer(null, firstname, lastname, age, null);
  }
}
