package dev.joinery.meta;

import dev.joinery.Linked;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An association from records {@code S} to records {@code T}, named by its component (Sequelize's
 * {@code as}). Generated {@code XTable} classes expose one constant per association
 * ({@code CustomerTable.ADDRESS}); passing it to {@code include} loads it.
 *
 * <p>The join condition is always {@code source.sourceKey = target.targetKey}:
 * <ul>
 *   <li>hasOne / hasMany: sourceKey is the source's key, targetKey the target's foreign key;
 *   <li>belongsTo: sourceKey is the source's foreign key, targetKey the target's key;
 *   <li>belongsToMany: sourceKey and targetKey are both sides' keys, joined through
 *       {@link #junction()}.
 * </ul>
 *
 * <p>Generated code describes an association with named builder calls; the source side is
 * this table's own column, the target side a supplier, because tables reference each other and
 * their static constants must not be initialised in a cycle:
 * <pre>{@code
 * Association.<Tutorial, Comment>hasMany("comments").component(6).getMany(Tutorial::comments)
 *     .sourceKey(ID).targetKey(() -> CommentTable.TUTORIAL_ID).build()
 * }</pre>
 * The source table is the one whose constructor takes the association, the target table the one
 * owning the target key.
 *
 * @param <S> the record declaring the association
 * @param <T> the associated record
 */
public final class Association<S, T> {
  private final AssociationKind kind;
  private final String name;
  private final String jsonName;
  private final int component;
  private final TableColumn<S, ?> sourceKey;
  private final Supplier<TableColumn<T, ?>> targetKey;
  private final Junction junction;
  private final Function<S, ?> getter;
  /** The component holds {@code Linked<T, L>} elements rather than targets. */
  private final boolean linked;
  /** Set once by the source table's constructor, which runs in the generated class's initialiser. */
  private TableMeta<S> source;

  private Association(Builder<S, T> b) {
    this.kind = b.kind;
    this.name = b.name;
    this.jsonName = b.jsonName == null ? b.name : b.jsonName;
    this.component = b.component;
    this.getter = Objects.requireNonNull(b.getter, "getOne/getMany");
    this.sourceKey = Objects.requireNonNull(b.sourceKey, "sourceKey");
    this.targetKey = Objects.requireNonNull(b.targetKey, "targetKey");
    this.junction = b.junction;
    this.linked = b.linked;
    if ((kind == AssociationKind.BELONGS_TO_MANY) != (junction != null)) {
      throw new IllegalStateException(name + ": a junction is given exactly for belongsToMany");
    }
  }

  /** Starts a hasOne association: sourceKey is the source's key, targetKey the target's foreign key. */
  public static <S, T> Builder<S, T> hasOne(String name) {
    return new Builder<>(AssociationKind.HAS_ONE, name);
  }

  /** Starts a belongsTo association: sourceKey is the source's foreign key, targetKey the target's key. */
  public static <S, T> Builder<S, T> belongsTo(String name) {
    return new Builder<>(AssociationKind.BELONGS_TO, name);
  }

  /** Starts a hasMany association: sourceKey is the source's key, targetKey the target's foreign key. */
  public static <S, T> Builder<S, T> hasMany(String name) {
    return new Builder<>(AssociationKind.HAS_MANY, name);
  }

  /**
   * Starts a belongsToMany association: sourceKey and targetKey are both sides' keys, joined
   * through {@link Builder#junction}.
   */
  public static <S, T> Builder<S, T> belongsToMany(String name) {
    return new Builder<>(AssociationKind.BELONGS_TO_MANY, name);
  }

  public AssociationKind kind() { return kind; }

  /** Whether the component holds {@link Linked} elements: targets with their link rows. */
  public boolean linked() { return linked; }

  /** The component name, which is also the include name and the key in the map/JSON view. */
  public String name() { return name; }

  /**
   * The key of the association in the map/JSON view: {@code @JsonName}'s value (Sequelize's
   * {@code as}), else the component name.
   */
  public String jsonName() { return jsonName; }

  /** Position of the association among the source record's components. */
  public int component() { return component; }

  /** The table declaring this association. */
  public TableMeta<S> source() {
    if (source == null) {
      throw new IllegalStateException(name + " belongs to no table yet");
    }
    return source;
  }

  /** The associated table: the one owning {@link #targetKey()}. */
  public TableMeta<T> target() { return targetKey().owner(); }

  public TableColumn<S, ?> sourceKey() { return sourceKey; }

  public TableColumn<T, ?> targetKey() { return targetKey.get(); }

  /** The junction table; {@code null} unless {@link AssociationKind#BELONGS_TO_MANY}. */
  public Junction junction() { return junction; }

  public boolean toMany() { return kind.toMany(); }

  /** This association as an include with default options, to refine. */
  public Include<S, T> include() { return Include.of(this); }

  /** Shorthand for {@code include().include(nested)}. */
  public Include<S, T> include(Include<T, ?> nested) { return Include.of(this).include(nested); }

  /** Shorthand for {@code include().include(nested.include())}. */
  public Include<S, T> include(Association<T, ?> nested) { return Include.of(this).include(nested); }

  /** The to-one value of this association in {@code row}, or {@code null}. */
  @SuppressWarnings("unchecked")
  public T getOne(S row) { return (T) getter.apply(row); }

  /**
   * The to-many value of this association in {@code row}, or {@code null} if not loaded; the
   * targets alone when the component holds {@link Linked} elements (see {@link #getLinks}).
   */
  @SuppressWarnings("unchecked")
  public List<T> getMany(S row) {
    Object value = getter.apply(row);
    if (!linked || value == null) {
      return (List<T>) value;
    }
    List<T> targets = new ArrayList<>();
    for (Linked<T, ?> link : (List<Linked<T, ?>>) value) {
      targets.add(link.target());
    }
    return targets;
  }

  /**
   * The {@link Linked} elements of a linked association in {@code row} (targets with their link
   * rows), or {@code null} if not loaded or not linked.
   */
  @SuppressWarnings("unchecked")
  public List<Linked<T, ?>> getLinks(S row) {
    return linked ? (List<Linked<T, ?>>) getter.apply(row) : null;
  }

  /** A copy of {@code row} with this to-one association set to {@code value}. */
  public S withOne(S row, T value) { return source().copyWith(row, component, value); }

  /** A copy of {@code row} with this to-many association set to {@code values}. */
  public S withMany(S row, List<T> values) { return source().copyWith(row, component, values); }

  /** The value of this association's component in {@code row}, whether to-one or to-many. */
  Object value(S row) { return getter.apply(row); }

  void bind(TableMeta<S> table) {
    if (source != null) {
      throw new IllegalStateException(this + " already belongs to " + source);
    }
    source = table;
  }

  @Override
  public String toString() { return (source == null ? "?" : source.name()) + "." + name; }

  /**
   * Builder used by generated code; not for users. The join condition is always
   * {@code source.sourceKey = target.targetKey}; see the factories for which key is which.
   */
  public static final class Builder<S, T> {
    private final AssociationKind kind;
    private final String name;
    private String jsonName;
    private int component;
    private Function<S, ?> getter;
    private TableColumn<S, ?> sourceKey;
    private Supplier<TableColumn<T, ?>> targetKey;
    private Junction junction;
    private boolean linked;

    private Builder(AssociationKind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    /** Position of the association among the source record's components (0-based). */
    public Builder<S, T> component(int index) { this.component = index; return this; }

    /** The key in the map/JSON view when not the component name ({@code @JsonName}). */
    public Builder<S, T> jsonName(String jsonName) { this.jsonName = jsonName; return this; }

    /** The record accessor of a to-one association. */
    public Builder<S, T> getOne(Function<S, T> accessor) { this.getter = accessor; return this; }

    /** The record accessor of a to-many association. */
    public Builder<S, T> getMany(Function<S, List<T>> accessor) { this.getter = accessor; return this; }

    /**
     * The record accessor of a belongsToMany through a record whose component holds each target
     * with its link row ({@code List<Linked<T, L>>}).
     */
    public <L> Builder<S, T> getLinks(Function<S, List<Linked<T, L>>> accessor) {
      this.getter = accessor;
      this.linked = true;
      return this;
    }

    /** The source table's side of the join: one of its own column constants. */
    public Builder<S, T> sourceKey(TableColumn<S, ?> column) { this.sourceKey = column; return this; }

    /** The target table's side of the join, supplied late: the tables refer to each other. */
    public Builder<S, T> targetKey(Supplier<TableColumn<T, ?>> column) {
      this.targetKey = column;
      return this;
    }

    /**
     * The junction table of a belongsToMany association: its name ({@code through}) and its
     * columns referencing the source's and the target's keys.
     */
    public Builder<S, T> junction(String table, String sourceColumn, String targetColumn) {
      this.junction = new Junction(table, sourceColumn, targetColumn);
      return this;
    }

    /** The junction of a belongsToMany through a {@code @Table} record: that record's table. */
    public Builder<S, T> junction(String table, String sourceColumn, String targetColumn,
        ThroughRecord<?> record) {
      this.junction = new Junction(table, sourceColumn, targetColumn, record);
      return this;
    }

    public Association<S, T> build() { return new Association<>(this); }
  }
}
