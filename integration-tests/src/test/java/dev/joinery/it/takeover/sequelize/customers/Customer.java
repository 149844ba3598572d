package dev.joinery.it.takeover.sequelize.customers;

import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.UuidV4;
import java.time.Instant;
import java.util.UUID;

/** Seed 000's {@code sequelize.define('customer', {uuid: UUID primaryKey, …})} with its hasOne. */
@Table("customers")
public record Customer(
    @Id @UuidV4 UUID uuid,
    String firstname,
    String lastname,
    Integer age,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasOne(foreignKey = "fk_customerid", sourceKey = "uuid") Address address) {}
