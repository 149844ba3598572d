package shapes.customers;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seeds 000/001: a customer has one address. */
@Table
public record Customer(
    @Id @AutoIncrement Long id,
    @Column(length = 100) String firstname,
    String lastname,
    int age,
    @HasOne(foreignKey = "customerId") Address address) {}
