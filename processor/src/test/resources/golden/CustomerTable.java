package dev.joinery.fixtures;

import dev.joinery.meta.Association;
import dev.joinery.meta.Column;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.TableDef;
import dev.joinery.validation.Violations;
import java.sql.SQLException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metadata of {@link Customer} (table {@code customers}): typed column and association constants
 * for queries and includes, the row mapper and the DDL definition.
 */
@Generated("dev.joinery.processor.JoineryProcessor")
public final class CustomerTable extends TableMeta<Customer> {
  public static final Column<Customer, Long> ID =
      Column.<Customer, Long>define("customers", 0, 0, "id", "id", ValueType.LONG, Customer::id)
          .primaryKey().autoIncrement().build();

  public static final Column<Customer, String> FIRSTNAME =
      Column.<Customer, String>define("customers", 1, 1, "firstname", "firstname", ValueType.STRING,
          Customer::firstname)
          .build();

  public static final Column<Customer, String> LASTNAME =
      Column.<Customer, String>define("customers", 2, 2, "lastname", "lastname", ValueType.STRING,
          Customer::lastname)
          .build();

  public static final Column<Customer, Integer> AGE =
      Column.<Customer, Integer>define("customers", 3, 3, "age", "age", ValueType.INT,
          Customer::age)
          .notNull().build();

  /**
   * {@code @HasOne(foreignKey = "customerId") Address address}.
   */
  public static final Association<Customer, Address> ADDRESS =
      Association.hasOne("address", 4, Customer::address,
          () -> CustomerTable.INSTANCE, () -> AddressTable.INSTANCE,
          () -> CustomerTable.ID, () -> AddressTable.CUSTOMER_ID);

  /**
   * The metadata of {@link Customer}. Declared after the constants, which its lists name: static
   * fields initialise in order.
   */
  public static final CustomerTable INSTANCE = new CustomerTable();

  private static final List<Column<Customer, ?>> COLUMNS = List.of(ID, FIRSTNAME, LASTNAME, AGE);

  private static final List<Association<Customer, ?>> ASSOCIATIONS = List.of(ADDRESS);

  private static final TableDef DEFINITION = new TableDef(
      "customers",
      List.of(
          ColumnDef.of("id", ValueType.LONG).asAutoIncrement(),
          ColumnDef.of("firstname", ValueType.STRING).withLength(100),
          ColumnDef.of("lastname", ValueType.STRING),
          ColumnDef.of("age", ValueType.INT).notNull()),
      List.of("id"),
      List.of(),
      List.of());

  private CustomerTable() {
    super("customers", Customer.class);
  }

  @Override
  public List<Column<Customer, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Column<Customer, ?> primaryKey() {
    return ID;
  }

  @Override
  public List<Association<Customer, ?>> associations() {
    return ASSOCIATIONS;
  }

  @Override
  public TableDef definition() {
    return DEFINITION;
  }

  @Override
  public int componentCount() {
    return 5;
  }

  @Override
  public Customer read(RowInput in) throws SQLException {
    return new Customer(in.getBoxedLong(0), in.getString(1), in.getString(2), in.getInt(3),
        in.<Address>association(4));
  }

  @Override
  public void write(Customer row, RowOutput out) throws SQLException {
    out.setBoxedLong(0, row.id());
    out.setString(1, row.firstname());
    out.setString(2, row.lastname());
    out.setInt(3, row.age());
  }

  @Override
  public Customer construct(Object[] c) {
    return new Customer((Long) c[0], (String) c[1], (String) c[2], (Integer) c[3], (Address) c[4]);
  }

  @Override
  public Object[] deconstruct(Customer row) {
    return new Object[] {row.id(), row.firstname(), row.lastname(), row.age(), row.address()};
  }

  @Override
  public void validate(Customer row, Violations violations) {
    violations.length(FIRSTNAME, row.firstname(), 0, 100);
    violations.length(LASTNAME, row.lastname(), 0, 255);
  }
}
