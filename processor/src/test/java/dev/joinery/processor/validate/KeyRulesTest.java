package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Keys of hasOne, hasMany and belongsTo: they exist, are columns, match in type, are unique. */
class KeyRulesTest {
  private static final JavaFileObject ADDRESS = source("Address",
      "@Table",
      "public record Address(",
      "    @Id @AutoIncrement Long id,",
      "    String street,",
      "    String postcode,",
      "    Long customerId) {}");

  private static final JavaFileObject CUSTOMER = source("Customer",
      "@Table",
      "public record Customer(",
      "    @Id @AutoIncrement Long id,",
      "    String name) {}");

  @Test
  void foreignKeyNamingNoComponent() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"custId\") Address address) {}");
    assertOnlyError(compile(customer, ADDRESS),
        "[joinery:unknown-foreign-key] Address has no component \"custId\" for"
            + " @HasOne(foreignKey) of Customer.address; components of Address: id, street,"
            + " postcode, customerId",
        customer, "foreignKey = \"custId\"");
  }

  @Test
  void defaultForeignKeyMissing() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    String street,",
        "    String postcode) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:missing-foreign-key] Address has no component \"customerId\", the default"
            + " foreign key of @HasOne Customer.address; add `Long customerId` to Address or set"
            + " foreignKey to one of its components: id, street, postcode",
        customer, "@HasOne Address address");
  }

  @Test
  void targetKeyNamingNoComponent() {
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(",
        "        foreignKey = \"customerId\",",
        "        targetKey = \"code\") Customer customer) {}");
    assertOnlyError(compile(address, CUSTOMER),
        "[joinery:unknown-referenced-key] Customer has no component \"code\" for"
            + " @BelongsTo(targetKey) of Address.customer; components of Customer: id, name",
        address, "targetKey = \"code\"");
  }

  @Test
  void keyNamingAnAssociation() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"customer\") Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:key-not-column] Address.customer is an association, not a column, so it"
            + " cannot be the foreignKey of @HasOne Customer.address; name a column component of"
            + " Address: id, customerId",
        customer, "foreignKey = \"customer\"");
  }

  @Test
  void foreignKeyOfAnotherType() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Integer customerId,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, address),
        "[joinery:foreign-key-type] foreign key Address.customerId is Integer but references"
            + " Customer.id, which is Long (@HasOne Customer.address); declare `Long customerId`",
        address, "Integer customerId");
  }

  @Test
  void targetKeyNeitherIdNorUnique() {
    JavaFileObject profile = source("Profile",
        "@Table",
        "public record Profile(",
        "    @Id @UuidV4 UUID id,",
        "    String userEmail,",
        "    @BelongsTo(",
        "        foreignKey = \"userEmail\",",
        "        targetKey = \"email\") User user) {}");
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @UuidV4 UUID id,",
        "    String email) {}");
    assertOnlyError(compile(profile, user),
        "[joinery:referenced-key-not-unique] @BelongsTo(targetKey = \"email\") of Profile.user"
            + " references User.email, which is neither @Id nor unique, and databases refuse a"
            + " foreign key to a non-unique column; mark it `@Column(unique = true)` or reference"
            + " the @Id of User",
        profile, "targetKey = \"email\"");
  }
}
