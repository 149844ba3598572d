package dev.joinery.meta;

import dev.joinery.Linked;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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
 * <p>The target side is held through suppliers because tables reference each other and their
 * static constants must not be initialised in a cycle.
 */
public final class Association<S, T> {
  private final AssociationKind kind;
  private final String name;
  private final int component;
  private final Supplier<TableMeta<S>> source;
  private final Supplier<TableMeta<T>> target;
  private final Supplier<TableColumn<S, ?>> sourceKey;
  private final Supplier<TableColumn<T, ?>> targetKey;
  private final Junction junction;
  private final Function<S, ?> getter;
  private final BiFunction<S, Object, S> wither;
  /** The component holds {@code Linked<T, L>} elements rather than targets. */
  private final boolean linked;

  @SuppressWarnings("unchecked")
  private Association(AssociationKind kind, String name, int component, Function<S, ?> getter,
      BiFunction<S, ?, S> wither, Supplier<TableMeta<S>> source,
      Supplier<TableMeta<T>> target, Supplier<TableColumn<S, ?>> sourceKey,
      Supplier<TableColumn<T, ?>> targetKey, Junction junction) {
    this(kind, name, component, getter, wither, source, target, sourceKey, targetKey, junction,
        false);
  }

  @SuppressWarnings("unchecked")
  private Association(AssociationKind kind, String name, int component, Function<S, ?> getter,
      BiFunction<S, ?, S> wither, Supplier<TableMeta<S>> source,
      Supplier<TableMeta<T>> target, Supplier<TableColumn<S, ?>> sourceKey,
      Supplier<TableColumn<T, ?>> targetKey, Junction junction, boolean linked) {
    this.linked = linked;
    this.kind = kind;
    this.name = name;
    this.component = component;
    this.source = source;
    this.target = target;
    this.sourceKey = sourceKey;
    this.targetKey = targetKey;
    this.junction = junction;
    this.getter = getter;
    // Typed by the factories: a T for to-one associations, a List<T> for to-many ones.
    this.wither = (BiFunction<S, Object, S>) wither;
  }

  public static <S, T> Association<S, T> hasOne(String name, int component,
      Function<S, T> getter, BiFunction<S, T, S> wither,
      Supplier<TableMeta<S>> source, Supplier<TableMeta<T>> target,
      Supplier<TableColumn<S, ?>> sourceKey, Supplier<TableColumn<T, ?>> foreignKey) {
    return new Association<>(AssociationKind.HAS_ONE, name, component, getter, wither, source, target, sourceKey, foreignKey, null);
  }

  public static <S, T> Association<S, T> belongsTo(String name, int component,
      Function<S, T> getter, BiFunction<S, T, S> wither,
      Supplier<TableMeta<S>> source, Supplier<TableMeta<T>> target,
      Supplier<TableColumn<S, ?>> foreignKey, Supplier<TableColumn<T, ?>> targetKey) {
    return new Association<>(AssociationKind.BELONGS_TO, name, component, getter, wither, source, target, foreignKey, targetKey, null);
  }

  public static <S, T> Association<S, T> hasMany(String name, int component,
      Function<S, List<T>> getter, BiFunction<S, List<T>, S> wither,
      Supplier<TableMeta<S>> source, Supplier<TableMeta<T>> target,
      Supplier<TableColumn<S, ?>> sourceKey, Supplier<TableColumn<T, ?>> foreignKey) {
    return new Association<>(AssociationKind.HAS_MANY, name, component, getter, wither, source, target, sourceKey, foreignKey, null);
  }

  public static <S, T> Association<S, T> belongsToMany(String name, int component,
      Function<S, List<T>> getter, BiFunction<S, List<T>, S> wither,
      Supplier<TableMeta<S>> source, Supplier<TableMeta<T>> target,
      Supplier<TableColumn<S, ?>> sourceKey, Supplier<TableColumn<T, ?>> targetKey, Junction junction) {
    return new Association<>(AssociationKind.BELONGS_TO_MANY, name, component, getter, wither, source, target, sourceKey, targetKey, junction);
  }

  /**
   * A belongsToMany through a record whose component is a {@code List<Linked<T, L>>}: each target
   * with its link row ({@link dev.joinery.Linked}).
   */
  public static <S, T, L> Association<S, T> belongsToManyLinked(String name, int component,
      Function<S, List<Linked<T, L>>> getter, BiFunction<S, List<Linked<T, L>>, S> wither,
      Supplier<TableMeta<S>> source, Supplier<TableMeta<T>> target,
      Supplier<TableColumn<S, ?>> sourceKey, Supplier<TableColumn<T, ?>> targetKey, Junction junction) {
    return new Association<>(AssociationKind.BELONGS_TO_MANY, name, component, getter, wither,
        source, target, sourceKey, targetKey, junction, true);
  }

  public AssociationKind kind() { return kind; }

  /** Whether the component holds {@link Linked} elements: targets with their link rows. */
  public boolean linked() { return linked; }

  /** The component name, which is also the include name and the key in the map/JSON view. */
  public String name() { return name; }

  /** Position of the association among the source record's components. */
  public int component() { return component; }

  public TableMeta<S> source() { return source.get(); }

  public TableMeta<T> target() { return target.get(); }

  public TableColumn<S, ?> sourceKey() { return sourceKey.get(); }

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
  public S withOne(S row, T value) { return wither.apply(row, value); }

  /** A copy of {@code row} with this to-many association set to {@code values}. */
  public S withMany(S row, List<T> values) { return wither.apply(row, values); }

  @Override
  public String toString() { return source().name() + "." + name; }
}
