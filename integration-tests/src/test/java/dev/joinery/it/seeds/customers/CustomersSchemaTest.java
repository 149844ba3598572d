package dev.joinery.it.seeds.customers;

import static dev.joinery.it.LiveSchema.bigint;
import static dev.joinery.it.LiveSchema.columns;
import static dev.joinery.it.LiveSchema.declaredIndexes;
import static dev.joinery.it.LiveSchema.integer;
import static dev.joinery.it.LiveSchema.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.it.SeedDb;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.Catalog.ForeignKeyFact;
import dev.joinery.testing.Catalog.IndexFact;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;

/** Seeds 000/001 after {@code sync}: customers, and addresses with a unique foreign key. */
class CustomersSchemaTest {
  @DatabaseTest
  void customersHaveTheDeclaredColumns(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "customers")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "firstname " + varchar(db, 100),
        "lastname " + varchar(db, 255),
        "age " + integer(db) + " NOT NULL");
    assertThat(catalog.primaryKey("customers")).containsExactly("id");
    assertThat(catalog.foreignKeys("customers")).isEmpty();
    assertThat(declaredIndexes(db, "customers")).isEmpty();
  }

  @DatabaseTest
  void addressesReferenceTheirCustomerThroughOneUniqueForeignKey(TestDatabase db) {
    SeedDb.syncAll(db);
    Catalog catalog = Catalog.of(db);

    assertThat(columns(db, "addresses")).containsExactly(
        "id " + bigint(db) + " NOT NULL AUTO_INCREMENT",
        "street " + varchar(db, 255),
        "postcode " + varchar(db, 255),
        "customer_id " + bigint(db));
    assertThat(catalog.primaryKey("addresses")).containsExactly("id");
    // hasOne and belongsTo are one constraint; belongsTo's explicit CASCADE wins over the
    // default SET NULL of a nullable key.
    assertThat(catalog.foreignKeys("addresses").values()).containsExactly(
        new ForeignKeyFact("addresses_customer_id_fkey", List.of("customer_id"), "customers",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE));
    // The declared unique index serves the hasOne too: no second, non-unique one.
    assertThat(declaredIndexes(db, "addresses")).containsExactly(
        new IndexFact("addresses_customer_id_unique", List.of("customer_id"), true));
  }
}
