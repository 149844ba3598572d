package dev.joinery.it.takeover.sequelize.customers;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.UUID;

/**
 * Seed 000's {@code Address.belongsTo(Customer, {foreignKey: 'fk_customerid', targetKey:
 * 'uuid'})}: the component is named as the Sequelize attribute, so the map view's key is too.
 */
@Table("addresses")
public record Address(
    @Id @AutoIncrement Integer id,
    String street,
    String phone,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    UUID fk_customerid,
    @BelongsTo(foreignKey = "fk_customerid", targetKey = "uuid") Customer customer) {}
