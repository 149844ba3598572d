package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/**
 * The address of one customer. The unique index on {@code customer_id} makes the one-to-one real
 * in the database, as seed 001 recommends; deleting the customer deletes the address.
 */
@Table("addresses")
@Index(columns = "customerId", unique = true)
public record Address(
    @Id @AutoIncrement Long id,
    String street,
    String postcode,
    Long customerId,
    @BelongsTo(foreignKey = "customerId", onDelete = ReferentialAction.CASCADE) Customer customer) {}
