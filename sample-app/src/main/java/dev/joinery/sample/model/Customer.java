package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.DeletedAt;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;

/**
 * A customer with one address (seeds 000 and 001, {@code Customer.hasOne(Address)}), paranoid
 * (Sequelize's {@code paranoid: true}): {@code DELETE} sets {@code deletedAt}, and
 * {@link dev.joinery.sample.api.CustomerRoutes} restores or really deletes.
 *
 * @param address loaded only when included; {@code null} otherwise
 */
@Table("customers")
public record Customer(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 100) String firstname,
    String lastname,
    int age,
    @DeletedAt Instant deletedAt,
    @HasOne(foreignKey = "customerId") Address address) {}
