package dev.joinery.bench.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** A customer with at most one {@link Address} (seeds 000/001): scenario 1's parent. */
@Table("customers")
public record Customer(
    @Id @AutoIncrement Long id,
    @Column(length = 100) String firstname,
    String lastname,
    int age,
    @HasOne(foreignKey = "customerId") Address address) {}
