package dev.joinery.jackson;

import dev.joinery.meta.TableMeta;
import dev.joinery.query.Query;
import java.util.List;
import java.util.Objects;

/**
 * Records together with the query that loaded them, so their JSON can say what a record alone
 * cannot: which associations were included (a to-one include with no row is written
 * {@code null}, a to-many one with none {@code []}; what was not included is left out), and
 * the query's attribute selection and renames (Sequelize's {@code ['postcode', 'zip']}). The
 * JSON is that of {@code findAllAsMaps} for the same query, {@code @Secret} columns left out.
 *
 * <pre>{@code
 * Query<Customer> query = Query.include(CustomerTable.ADDRESS.include()
 *     .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip")));
 * mapper.writeValueAsString(Loaded.all(CustomerTable.INSTANCE, query, customers.findAll(query)));
 * // [{"id":1,"firstname":"Jack",…,"address":{"street":"W NORMA ST","zip":"77009"}},
 * //  {"id":2,"firstname":"Ann",…,"address":null}]
 * }</pre>
 *
 * @param table the table of the records
 * @param query the query whose shape the JSON takes
 * @param rows the records; written as an array unless {@link #single}
 * @param single whether the JSON is the one record (an object, or {@code null}) instead of an array
 */
public record Loaded<T>(TableMeta<T> table, Query<T> query, List<T> rows, boolean single) {
  public Loaded {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(rows, "rows");
  }

  /** The records of a find, written as a JSON array. */
  public static <T> Loaded<T> all(TableMeta<T> table, Query<T> query, List<T> rows) {
    return new Loaded<>(table, query, List.copyOf(rows), false);
  }

  /** One record (of {@code findByPk}, {@code findOne}), written as an object, or null. */
  public static <T> Loaded<T> one(TableMeta<T> table, Query<T> query, T row) {
    return new Loaded<>(table, query, row == null ? List.of() : List.of(row), true);
  }
}
