package dev.joinery.fixtures;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.Association;
import dev.joinery.meta.Column;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.RowOutput;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import dev.joinery.validation.Violations;
import java.sql.SQLException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metadata of {@link Address} (table {@code addresses}): typed column and association constants for
 * queries and includes, the row mapper and the DDL definition.
 */
@Generated("dev.joinery.processor.JoineryProcessor")
public final class AddressTable extends TableMeta<Address> {
  public static final Column<Address, Long> ID =
      Column.<Address, Long>define("addresses", 0, 0, "id", "id", ValueType.LONG, Address::id)
          .primaryKey().autoIncrement().build();

  public static final Column<Address, String> STREET =
      Column.<Address, String>define("addresses", 1, 1, "street", "street", ValueType.STRING,
          Address::street)
          .build();

  public static final Column<Address, String> POSTCODE =
      Column.<Address, String>define("addresses", 2, 2, "postcode", "postcode", ValueType.STRING,
          Address::postcode)
          .build();

  public static final Column<Address, Long> CUSTOMER_ID =
      Column.<Address, Long>define("addresses", 3, 3, "customerId", "customer_id", ValueType.LONG,
          Address::customerId)
          .build();

  /**
   * {@code @BelongsTo(foreignKey = "customerId", onDelete = CASCADE) Customer customer}.
   */
  public static final Association<Address, Customer> CUSTOMER =
      Association.belongsTo("customer", 4, Address::customer,
          () -> AddressTable.INSTANCE, () -> CustomerTable.INSTANCE,
          () -> AddressTable.CUSTOMER_ID, () -> CustomerTable.ID);

  /**
   * The metadata of {@link Address}. Declared after the constants, which its lists name: static
   * fields initialise in order.
   */
  public static final AddressTable INSTANCE = new AddressTable();

  private static final List<Column<Address, ?>> COLUMNS = List.of(ID, STREET, POSTCODE,
      CUSTOMER_ID);

  private static final List<Association<Address, ?>> ASSOCIATIONS = List.of(CUSTOMER);

  private static final TableDef DEFINITION = new TableDef(
      "addresses",
      List.of(
          ColumnDef.of("id", ValueType.LONG).asAutoIncrement(),
          ColumnDef.of("street", ValueType.STRING),
          ColumnDef.of("postcode", ValueType.STRING),
          ColumnDef.of("customer_id", ValueType.LONG)),
      List.of("id"),
      List.of(new IndexDef("addresses_customer_id_unique", List.of("customer_id"), true)),
      List.of(new ForeignKeyDef("addresses_customer_id_fkey", List.of("customer_id"),
          "customers", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE)));

  private AddressTable() {
    super("addresses", Address.class);
  }

  @Override
  public List<Column<Address, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Column<Address, ?> primaryKey() {
    return ID;
  }

  @Override
  public List<Association<Address, ?>> associations() {
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
  public Address read(RowInput in) throws SQLException {
    return new Address(in.getBoxedLong(0), in.getString(1), in.getString(2), in.getBoxedLong(3),
        in.<Customer>association(4));
  }

  @Override
  public void write(Address row, RowOutput out) throws SQLException {
    out.setBoxedLong(0, row.id());
    out.setString(1, row.street());
    out.setString(2, row.postcode());
    out.setBoxedLong(3, row.customerId());
  }

  @Override
  public Address construct(Object[] c) {
    return new Address((Long) c[0], (String) c[1], (String) c[2], (Long) c[3], (Customer) c[4]);
  }

  @Override
  public Object[] deconstruct(Address row) {
    return new Object[] {row.id(), row.street(), row.postcode(), row.customerId(), row.customer()};
  }

  @Override
  public void validate(Address row, Violations violations) {
    violations.length(STREET, row.street(), 0, 255);
    violations.length(POSTCODE, row.postcode(), 0, 255);
  }
}
