package dev.joinery.it.seeds.customers;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/**
 * Seed 000: {@code Address.belongsTo(Customer)}, the inverse of the customer's hasOne; seed 001's
 * unique index on the foreign key makes the one-to-one real.
 */
@Table("addresses")
@Index(columns = "customerId", unique = true)
public record Address(
    @Id @AutoIncrement Long id,
    String street,
    String postcode,
    Long customerId,
    @BelongsTo(foreignKey = "customerId", onDelete = ReferentialAction.CASCADE) Customer customer) {

  /** A new address, its customer given by the nested create or by {@code customerId}. */
  public static Address of(String street, String postcode) {
    return new Address(null, street, postcode, null, null);
  }
}
