package dev.joinery.it.takeover.sequelize.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.takeover.SequelizeJson;
import dev.joinery.it.takeover.SequelizeNode;
import dev.joinery.it.takeover.Takeover;
import dev.joinery.query.Query;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;

/** Seed 000 on a database Sequelize synced and filled: customers keyed by UUID, their address. */
class CustomersTakeoverTest {
  private static Query<Customer> findAll() {
    return Query.include(CustomerTable.ADDRESS).orderBy(CustomerTable.FIRSTNAME.asc());
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void joineryReadsAndWritesWhatSequelizeReadsAndWrites(TestDatabase db) {
    String sequelize = SequelizeNode.fill(db, "customers");
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);

    SyncPlan plan = Takeover.plan(db, CustomerTable.INSTANCE.definition(), AddressTable.INSTANCE.definition());
    // PostgreSQL has no index on a foreign key unless asked; Joinery's model asks for one.
    assertThat(plan.statements()).isEqualTo(db.engine() == Engine.MARIADB ? List.of()
        : db.dialect().alterTable(AddressTable.INSTANCE.definition(), List.of(),
            AddressTable.INSTANCE.definition().indexes(), List.of()));
    assertThat(plan.drift()).isEmpty();

    assertThat(SequelizeJson.of(customers.findAllAsMaps(findAll())))
        .hasSize(3)
        .isEqualTo(SequelizeJson.parse(sequelize));

    Customer zoe = customers.create(new Customer(null, "Zoe", "Adams", 30, null, null,
        new Address(null, "MAIN ST", "713-555-0199", null, null, null, null)), CustomerTable.ADDRESS);
    List<Object> read = SequelizeJson.parse(SequelizeNode.read(db, "customers"));
    assertThat(read).hasSize(4)
        .isEqualTo(SequelizeJson.of(customers.findAllAsMaps(findAll())));
    assertThat(read.toString()).contains("fk_customerid=" + zoe.uuid(), "street=MAIN ST");
  }
}
