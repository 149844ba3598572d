package dev.joinery.meta;

import dev.joinery.query.Assignment;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import dev.joinery.query.Order;
import dev.joinery.schema.ColumnDef;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed column of table {@code T} holding values of type {@code V}. Generated {@code XTable}
 * classes expose one constant per column ({@code CustomerTable.AGE}); conditions, orders and
 * assignments are built from them, so a value of the wrong type does not compile.
 *
 * <p>The constant is the one description of its column: where it sits in the record and the
 * row, how to read it from a record, and its DDL facts ({@link #definition()}), from which the
 * table's {@link dev.joinery.schema.TableDef} is derived. Copies with the column replaced
 * ({@link #with}) go through the table's constructor call ({@link TableMeta#construct}), so that
 * generated code states the record's constructor once per table, not once per column.
 *
 * @param <T> the record of the table
 * @param <V> the Java type of the column (boxed for primitives)
 */
public final class TableColumn<T, V> implements Attribute<T> {
  private final String table;
  private final String property;
  private final String jsonName;
  private final int ordinal;
  private final int component;
  private final Function<T, V> getter;
  private final ColumnDef definition;
  private final boolean primaryKey;
  private final boolean uuidV4;
  private final boolean createdAt;
  private final boolean updatedAt;
  private final boolean version;
  private final boolean secret;
  private final boolean deletedAt;
  private final List<V> enumConstants;
  /** Set once by the table's constructor, which runs in the generated class's initialiser. */
  private TableMeta<T> owner;

  private TableColumn(Builder<T, V> b) {
    this.table = b.table;
    this.property = Objects.requireNonNull(b.property, "component");
    this.jsonName = b.jsonName == null ? property : b.jsonName;
    this.ordinal = b.ordinal;
    this.component = b.component;
    this.getter = Objects.requireNonNull(b.getter, "get");
    this.definition = b.definition;
    this.primaryKey = b.primaryKey;
    this.uuidV4 = b.uuidV4;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.version = b.version;
    this.secret = b.secret;
    this.deletedAt = b.deletedAt;
    this.enumConstants = b.enumConstants;
  }

  /**
   * Starts the description of column {@code name} of {@code table}; used by generated code,
   * which goes on with {@link Builder#ordinal}, {@link Builder#component}, {@link Builder#get}
   * and the column's refinements.
   */
  public static <T, V> Builder<T, V> builder(String table, String name, ValueType type) {
    return new Builder<>(table, name, type);
  }

  public String table() { return table; }

  /** The record component name, as written in the record. */
  public String property() { return property; }

  /** The column name in the database. */
  public String name() { return definition.name(); }

  /** Position among the table's columns (0-based), used by {@link RowInput} and {@link RowOutput}. */
  public int ordinal() { return ordinal; }

  /** Position among the record's components (0-based), as {@link TableMeta#construct} takes them. */
  public int component() { return component; }

  public ValueType type() { return definition.type(); }

  /** The column as the DDL needs it: type, length, nullability, default, … */
  public ColumnDef definition() { return definition; }

  public boolean isPrimaryKey() { return primaryKey; }

  public boolean isAutoIncrement() { return definition.autoIncrement(); }

  public boolean isUuidV4() { return uuidV4; }

  public boolean isCreatedAt() { return createdAt; }

  public boolean isUpdatedAt() { return updatedAt; }

  /** Whether this is the {@code @Version} counter of optimistic locking. */
  public boolean isVersion() { return version; }
  /**
   * Whether the component is {@code @Secret}: the SQL log masks its bound values and
   * {@code joinery-jackson} never writes it.
   */
  public boolean isSecret() { return secret; }
  /** The {@code @DeletedAt} column of a paranoid table: NULL on live rows. */
  public boolean isDeletedAt() { return deletedAt; }

  public boolean isNullable() { return definition.nullable(); }

  /**
   * The constants of an {@link ValueType#ENUM} column's enum, in declaration order (empty for
   * other types): what a value read by name, as from JSON, may be, without reflection.
   */
  public List<V> enumConstants() { return enumConstants; }

  /** This column's value in {@code row}. */
  public V get(T row) { return getter.apply(row); }

  /**
   * A copy of {@code row} with this column set to {@code value}, through the record's canonical
   * constructor: how the runtime fills generated keys, foreign keys and timestamps.
   */
  public T with(T row, V value) { return owner().copyWith(row, component, value); }

  /** The table whose constructor took this column. */
  TableMeta<T> owner() {
    if (owner == null) {
      throw new IllegalStateException(this + " belongs to no table yet");
    }
    return owner;
  }

  void bind(TableMeta<T> table) {
    if (owner != null) {
      throw new IllegalStateException(this + " already belongs to " + owner);
    }
    owner = table;
  }

  @Override public TableColumn<T, V> column() { return this; }

  /**
   * The key of the column in the map/JSON view: {@code @JsonName}'s value, else the component
   * name. A query's {@link #as} renames it further.
   */
  @Override public String alias() { return jsonName; }

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
  public String toString() { return table + "." + name(); }

  /**
   * Builder used by generated code; not for users. The refinements mirror
   * {@link ColumnDef}'s and are written only where the column differs from
   * {@link ColumnDef#of}.
   */
  public static final class Builder<T, V> {
    private final String table;
    private ColumnDef definition;
    private String property;
    private String jsonName;
    private int ordinal;
    private int component;
    private Function<T, V> getter;
    private boolean primaryKey;
    private boolean uuidV4;
    private boolean createdAt;
    private boolean updatedAt;
    private boolean version;
    private boolean secret;
    private boolean deletedAt;
    private List<V> enumConstants = List.of();

    private Builder(String table, String name, ValueType type) {
      this.table = table;
      this.definition = ColumnDef.of(name, type);
    }

    /** Position among the table's columns (0-based). */
    public Builder<T, V> ordinal(int ordinal) { this.ordinal = ordinal; return this; }

    /** The key in the map/JSON view when not the component name ({@code @JsonName}). */
    public Builder<T, V> jsonName(String jsonName) { this.jsonName = jsonName; return this; }

    /** The record component holding the column, and its position among the components. */
    public Builder<T, V> component(String property, int index) {
      this.property = property;
      this.component = index;
      return this;
    }

    /** The record accessor. */
    public Builder<T, V> get(Function<T, V> getter) { this.getter = getter; return this; }

    public Builder<T, V> primaryKey() {
      primaryKey = true;
      definition = definition.notNull();
      return this;
    }

    public Builder<T, V> autoIncrement() { definition = definition.asAutoIncrement(); return this; }

    public Builder<T, V> uuidV4() { uuidV4 = true; return this; }

    public Builder<T, V> createdAt() { createdAt = true; return this; }

    public Builder<T, V> updatedAt() { updatedAt = true; return this; }

    /** The {@code @Version} counter (its NOT NULL and default are stated on their own). */
    public Builder<T, V> version() { version = true; return this; }
    public Builder<T, V> secret() { secret = true; return this; }
    public Builder<T, V> deletedAt() { deletedAt = true; return this; }

    /** The enum's {@code values()}, for an enum column. */
    @SafeVarargs
    public final Builder<T, V> enumConstants(V... constants) {
      enumConstants = List.of(constants);
      return this;
    }

    public Builder<T, V> notNull() { definition = definition.notNull(); return this; }

    /** VARCHAR length, for strings and enums (255 unless given). */
    public Builder<T, V> length(int length) { definition = definition.withLength(length); return this; }

    /** {@code TEXT} instead of {@code VARCHAR}. */
    public Builder<T, V> text() { definition = definition.asText(); return this; }

    public Builder<T, V> unsigned() { definition = definition.asUnsigned(); return this; }

    /** The column's collation, its own or its referenced column's ({@link ColumnDef#collation()}). */
    public Builder<T, V> collation(String collation) {
      definition = definition.withCollation(collation);
      return this;
    }

    /**
     * DECIMAL precision and scale; for a timestamp or time its fractional digits (scale 0), or
     * {@link dev.joinery.schema.ColumnDef#DATABASE_FRACTIONAL_DIGITS} for the database's own.
     */
    public Builder<T, V> precision(int precision, int scale) {
      definition = definition.withPrecision(precision, scale);
      return this;
    }

    /** The SQL default as written by the user. */
    public Builder<T, V> defaultValue(String value) {
      definition = definition.withDefault(value);
      return this;
    }

    public TableColumn<T, V> build() { return new TableColumn<>(this); }
  }
}
