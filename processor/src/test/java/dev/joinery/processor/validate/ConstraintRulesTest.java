package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Foreign-key constraints: referential actions, NOT NULL cycles, inverse pairs that agree. */
class ConstraintRulesTest {
  @Test
  void setNullOnANotNullForeignKey() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany(onUpdate = ReferentialAction.SET_NULL) List<Order> orders) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    long customerId,",
        "    @BelongsTo(onDelete = ReferentialAction.SET_NULL) Customer customer) {}");
    JavaFileObject order = source("Order",
        "@Table",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    @NotNull Long customerId) {}");
    Compilation compilation = compile(customer, address, order);
    assertError(compilation, 2,
        "[joinery:set-null-not-null] onDelete = SET_NULL on @BelongsTo Address.customer cannot"
            + " work: foreign key Address.customerId is NOT NULL (primitive long); declare"
            + " `Long customerId` in Address, or choose CASCADE, RESTRICT or NO_ACTION",
        address, "onDelete = ReferentialAction.SET_NULL");
    assertError(compilation, 2,
        "[joinery:set-null-not-null] onUpdate = SET_NULL on @HasMany Customer.orders cannot"
            + " work: foreign key Order.customerId is NOT NULL (@NotNull); remove @NotNull from"
            + " Order.customerId, or choose CASCADE, RESTRICT or NO_ACTION",
        customer, "onUpdate = ReferentialAction.SET_NULL");
  }

  @Test
  void cycleOfNotNullForeignKeys() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    long addressId,",
        "    @BelongsTo Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    @NotNull Long customerId,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:not-null-cycle] NOT NULL foreign keys form a cycle that no insert order can"
            + " satisfy: Customer.addressId -> Address, Address.customerId -> Customer; make one"
            + " of them nullable: declare `Long addressId` in Customer",
        customer, "@BelongsTo Address address");
  }

  @Test
  void inverseSidesWithDifferentForeignKeys() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"customerId\") Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    Long ownerId,",
        "    @BelongsTo(foreignKey = \"ownerId\") Customer owner) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:inverse-foreign-key] @BelongsTo Address.owner has foreignKey \"ownerId\" but"
            + " its inverse @HasOne Customer.address has foreignKey \"customerId\"; both sides"
            + " describe one link, so write the same foreignKey on both",
        address, "foreignKey = \"ownerId\"");
  }

  @Test
  void inverseSidesReferencingDifferentKeys() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(unique = true) Long number,",
        "    @HasOne(foreignKey = \"customerId\") Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(foreignKey = \"customerId\", targetKey = \"number\") Customer customer) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:inverse-referenced-key] @BelongsTo Address.customer references Customer.number"
            + " but its inverse @HasOne Customer.address references Customer.id through the same"
            + " foreign key \"customerId\"; make targetKey and sourceKey name the same component",
        address, "targetKey = \"number\"");
  }

  @Test
  void inverseSidesWithDifferentRules() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(onDelete = ReferentialAction.CASCADE) Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(onDelete = ReferentialAction.RESTRICT) Customer customer) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:inverse-action] @BelongsTo Address.customer says onDelete = RESTRICT but its"
            + " inverse @HasOne Customer.address says onDelete = CASCADE for the same foreign key"
            + " \"customerId\"; keep one value, or leave one side DEFAULT so it follows the other",
        address, "onDelete = ReferentialAction.RESTRICT");
  }
}
