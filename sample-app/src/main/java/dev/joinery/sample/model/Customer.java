package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/**
 * A customer with one address (seeds 000 and 001, {@code Customer.hasOne(Address)}).
 *
 * @param address loaded only when included; {@code null} otherwise
 */
@Table("customers")
public record Customer(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 100) String firstname,
    String lastname,
    int age,
    @HasOne(foreignKey = "customerId") Address address) {}
