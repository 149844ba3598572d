package dev.joinery.bench.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/** The address of a {@link Customer}; its {@code customerId} is unique, making the one-to-one real. */
@Table("addresses")
@Index(columns = "customerId", unique = true)
public record Address(
    @Id @AutoIncrement Long id,
    String street,
    String postcode,
    Long customerId,
    @BelongsTo(foreignKey = "customerId", onDelete = ReferentialAction.CASCADE) Customer customer) {}
