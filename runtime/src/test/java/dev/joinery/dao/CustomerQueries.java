package dev.joinery.dao;

import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * A user's own DAO: the generated {@link CustomerDao} plus hand-written SqlObject methods.
 * Identifiers are passed in quoted for the database under test, because MySQL quotes with
 * backticks and H2 folds unquoted names to upper case.
 */
public interface CustomerQueries extends CustomerDao {
  @SqlQuery("SELECT COUNT(*) FROM <customers> WHERE <age> > :minimum")
  long countOlderThan(@Define("customers") String customers, @Define("age") String age,
      @Bind("minimum") int minimum);

  @SqlUpdate("UPDATE <customers> SET <age> = <age> + 1")
  int birthday(@Define("customers") String customers, @Define("age") String age);

  /** Mixes a generated method and a hand-written one in one transaction. */
  @Transaction
  default long createAndCount(Customer customer, String customers, String age) {
    create(customer);
    return countOlderThan(customers, age, -1);
  }
}
