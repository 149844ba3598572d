package dev.joinery.meta;

import dev.joinery.query.Assignment;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import dev.joinery.query.Order;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A typed column of table {@code T} holding values of type {@code V}. Generated {@code XTable}
 * classes expose one constant per column ({@code CustomerTable.AGE}); conditions, orders and
 * assignments are built from them, so a value of the wrong type does not compile.
 *
 * @param <T> the record of the table
 * @param <V> the Java type of the column (boxed for primitives)
 */
public final class TableColumn<T, V> implements Attribute<T> {
  private final String table;
  private final String property;
  private final String name;
  private final int ordinal;
  private final int component;
  private final ValueType type;
  private final Function<T, V> getter;
  private final boolean primaryKey;
  private final boolean autoIncrement;
  private final boolean uuidV4;
  private final boolean createdAt;
  private final boolean updatedAt;
  private final boolean nullable;

  private TableColumn(Builder<T, V> b) {
    this.table = b.table;
    this.property = b.property;
    this.name = b.name;
    this.ordinal = b.ordinal;
    this.component = b.component;
    this.type = b.type;
    this.getter = b.getter;
    this.primaryKey = b.primaryKey;
    this.autoIncrement = b.autoIncrement;
    this.uuidV4 = b.uuidV4;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.nullable = b.nullable;
  }

  /**
   * Starts a column definition; used by generated code.
   *
   * @param table the table name
   * @param ordinal position among the table's columns (0-based), used by {@link RowInput}
   *     and {@link RowOutput}
   * @param component position among the record's components (0-based)
   * @param property the record component name
   * @param name the column name
   */
  public static <T, V> Builder<T, V> define(
      String table, int ordinal, int component, String property, String name, ValueType type,
      Function<T, V> getter) {
    return new Builder<>(table, ordinal, component, property, name, type, getter);
  }

  public String table() { return table; }

  /** The record component name, as written in the record. */
  public String property() { return property; }

  /** The column name in the database. */
  public String name() { return name; }

  public int ordinal() { return ordinal; }

  public int component() { return component; }

  public ValueType type() { return type; }

  public boolean isPrimaryKey() { return primaryKey; }

  public boolean isAutoIncrement() { return autoIncrement; }

  public boolean isUuidV4() { return uuidV4; }

  public boolean isCreatedAt() { return createdAt; }

  public boolean isUpdatedAt() { return updatedAt; }

  public boolean isNullable() { return nullable; }

  /** This column's value in {@code row}. */
  public V get(T row) { return getter.apply(row); }

  @Override public TableColumn<T, V> column() { return this; }

  @Override public String alias() { return property; }

  /** This column under another name in the map/JSON view (Sequelize's {@code ['postcode', 'zip']}). */
  public Attribute<T> as(String alias) { return Attribute.renamed(this, alias); }

  public Condition<T> eq(V value) { return Condition.compare(this, Operator.EQ, value); }

  public Condition<T> ne(V value) { return Condition.compare(this, Operator.NE, value); }

  public Condition<T> gt(V value) { return Condition.compare(this, Operator.GT, value); }

  public Condition<T> gte(V value) { return Condition.compare(this, Operator.GTE, value); }

  public Condition<T> lt(V value) { return Condition.compare(this, Operator.LT, value); }

  public Condition<T> lte(V value) { return Condition.compare(this, Operator.LTE, value); }

  public Condition<T> like(String pattern) { return Condition.like(this, pattern); }

  public Condition<T> between(V low, V high) { return Condition.between(this, low, high); }

  public Condition<T> in(Collection<? extends V> values) { return Condition.in(this, values, false); }

  @SafeVarargs
  public final Condition<T> in(V... values) { return Condition.in(this, List.of(values), false); }

  public Condition<T> notIn(Collection<? extends V> values) { return Condition.in(this, values, true); }

  @SafeVarargs
  public final Condition<T> notIn(V... values) { return Condition.in(this, List.of(values), true); }

  public Condition<T> isNull() { return Condition.isNull(this, false); }

  public Condition<T> isNotNull() { return Condition.isNull(this, true); }

  public Order<T> asc() { return new Order<>(this, true); }

  public Order<T> desc() { return new Order<>(this, false); }

  /** {@code SET column = value}, for {@code update(assignments, where)}. */
  public Assignment<T> set(V value) { return new Assignment<>(this, value); }

  @Override
  public String toString() { return table + "." + name; }

  /** Builder used by generated code; not for users. */
  public static final class Builder<T, V> {
    private final String table;
    private final int ordinal;
    private final int component;
    private final String property;
    private final String name;
    private final ValueType type;
    private final Function<T, V> getter;
    private boolean primaryKey;
    private boolean autoIncrement;
    private boolean uuidV4;
    private boolean createdAt;
    private boolean updatedAt;
    private boolean nullable = true;

    private Builder(String table, int ordinal, int component, String property, String name,
        ValueType type, Function<T, V> getter) {
      this.table = table;
      this.ordinal = ordinal;
      this.component = component;
      this.property = property;
      this.name = name;
      this.type = type;
      this.getter = getter;
    }

    public Builder<T, V> primaryKey() { primaryKey = true; nullable = false; return this; }

    public Builder<T, V> autoIncrement() { autoIncrement = true; return this; }

    public Builder<T, V> uuidV4() { uuidV4 = true; return this; }

    public Builder<T, V> createdAt() { createdAt = true; return this; }

    public Builder<T, V> updatedAt() { updatedAt = true; return this; }

    public Builder<T, V> notNull() { nullable = false; return this; }

    public TableColumn<T, V> build() { return new TableColumn<>(this); }
  }
}
