package dev.joinery.fixtures;

import dev.joinery.dao.JoineryDao;
import dev.joinery.meta.TableMeta;
import javax.annotation.processing.Generated;

/**
 * Data access for {@link Customer}: CRUD, includes and the mixins of {@code address}. A Jdbi
 * SqlObject: {@code handle.attach(CustomerDao.class)} or {@code jdbi.onDemand(CustomerDao.class)}.
 */
@Generated("dev.joinery.processor.JoineryProcessor")
public interface CustomerDao extends JoineryDao<Customer, Long> {
  @Override
  default TableMeta<Customer> table() {
    return CustomerTable.INSTANCE;
  }

  /**
   * The address of {@code customer} (Sequelize's {@code customer.getAddress()}).
   */
  default Address getAddress(Customer customer) {
    return getAssociated(customer, CustomerTable.ADDRESS);
  }

  /**
   * Makes {@code address} the address of {@code customer} (Sequelize's
   * {@code customer.setAddress(address)}); returns the customer as it now is.
   */
  default Customer setAddress(Customer customer, Address address) {
    return setAssociated(customer, CustomerTable.ADDRESS, address);
  }

  /**
   * Creates {@code address} for {@code customer} (Sequelize's
   * {@code customer.createAddress(address)}); returns it with keys filled.
   */
  default Address createAddress(Customer customer, Address address) {
    return createAssociated(customer, CustomerTable.ADDRESS, address);
  }
}
