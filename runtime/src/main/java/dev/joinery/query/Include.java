package dev.joinery.query;

import dev.joinery.InvalidQueryException;
import dev.joinery.meta.Association;
import dev.joinery.meta.Junction;
import dev.joinery.meta.TableColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * One association to load, with Sequelize's include options. Immutable: every option returns a
 * new include. Built from the generated association constants:
 *
 * <pre>{@code
 * CustomerTable.ADDRESS.include()
 *     .attributes(AddressTable.STREET, AddressTable.POSTCODE.as("zip"))
 *     .required()
 * }</pre>
 *
 * @param <S> the record that owns the association
 * @param <T> the included record
 */
public final class Include<S, T> {
  private final Association<S, T> association;
  private final List<Attribute<T>> attributes;
  private final List<TableColumn<T, ?>> excluded;
  private final Condition<T> where;
  private final boolean required;
  private final List<Order<T>> order;
  private final Integer limit;
  private final List<Include<T, ?>> includes;
  private final Condition<?> throughWhere;
  private final boolean withDeleted;
  private final List<TableColumn<?, ?>> throughAttributes;

  private Include(Association<S, T> association, List<Attribute<T>> attributes,
      List<TableColumn<T, ?>> excluded, Condition<T> where, boolean required, List<Order<T>> order,
      Integer limit, List<Include<T, ?>> includes, Condition<?> throughWhere,
      boolean withDeleted, List<TableColumn<?, ?>> throughAttributes) {
    this.throughWhere = throughWhere;
    this.throughAttributes = throughAttributes == null ? null : List.copyOf(throughAttributes);
    this.association = association;
    this.attributes = List.copyOf(attributes);
    this.excluded = List.copyOf(excluded);
    this.where = where;
    this.required = required;
    this.order = List.copyOf(order);
    this.limit = limit;
    this.includes = List.copyOf(includes);
    this.withDeleted = withDeleted;
  }

  public static <S, T> Include<S, T> of(Association<S, T> association) {
    return new Include<>(association, List.of(), List.of(), null, false, List.of(), null, List.of(),
        null, false, null);
  }

  /** Selects only these attributes (the keys needed for stitching are fetched anyway). */
  @SafeVarargs
  public final Include<S, T> attributes(Attribute<T>... selected) {
    return new Include<>(association, List.of(selected), excluded, where, required, order, limit,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /** Selects every attribute but these (Sequelize's {@code attributes: {exclude: […]}}). */
  @SafeVarargs
  public final Include<S, T> exclude(TableColumn<T, ?>... columns) {
    return new Include<>(association, attributes, List.of(columns), where, required, order, limit,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /**
   * Filters the included rows. As in Sequelize, a {@code where} makes the include
   * {@linkplain #required() required} unless {@code required(false)} follows.
   */
  public Include<S, T> where(Condition<T> condition) {
    return new Include<>(association, attributes, excluded, condition, true, order, limit,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /** Inner-join semantics: parents without a matching row are dropped. */
  public Include<S, T> required() {
    return required(true);
  }

  public Include<S, T> required(boolean isRequired) {
    return new Include<>(association, attributes, excluded, where, isRequired, order, limit,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /** Orders the rows of a to-many include within each parent. */
  @SafeVarargs
  public final Include<S, T> orderBy(Order<T>... terms) {
    return new Include<>(association, attributes, excluded, where, required, List.of(terms), limit,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /** At most this many rows of a to-many include per parent (say, each tutorial's 3 newest comments). */
  public Include<S, T> limit(int perParent) {
    return new Include<>(association, attributes, excluded, where, required, order, perParent,
        includes, throughWhere, withDeleted, throughAttributes);
  }

  /** Loads an association of the included record too. */
  public Include<S, T> include(Include<T, ?> nested) {
    List<Include<T, ?>> more = new ArrayList<>(includes);
    more.add(nested);
    return new Include<>(association, attributes, excluded, where, required, order, limit,
        more, throughWhere, withDeleted, throughAttributes);
  }

  public Include<S, T> include(Association<T, ?> nested) {
    return include(Include.of(nested));
  }

  /**
   * Filters the included targets of a belongsToMany through a record by their link rows
   * (Sequelize's {@code through: {where}}), with conditions on the through record's columns:
   * {@code MovieTable.CAST.include().throughWhere(CastingTable.BILLING.lte(2))}. It narrows the
   * included list only; add {@link #required()} to drop the parents left without targets.
   *
   * @throws InvalidQueryException when the association has no through record, or the condition
   *     names a column of another table
   */
  public Include<S, T> throughWhere(Condition<?> condition) {
    requireThroughColumns("throughWhere", "filters on", columns(condition, new ArrayList<>()));
    return new Include<>(association, attributes, excluded, where, required, order, limit,
        includes, condition, withDeleted, throughAttributes);
  }

  /**
   * Reads only these columns of the link rows of a belongsToMany through a record (Sequelize's
   * {@code through: {attributes}}):
   * {@code MovieTable.CAST.include().throughAttributes(CastingTable.ROLE)}. The link row's keys
   * (its own and its two foreign keys) are read anyway; its other columns come back null (zero or
   * false for a primitive), as those an {@link #attributes} leaves out. A
   * {@link #throughWhere} may filter on columns it leaves out.
   *
   * @throws InvalidQueryException when the association reads no link rows (it has no through
   *     record, or holds its targets only), or a column is of another table
   */
  public Include<S, T> throughAttributes(TableColumn<?, ?>... columns) {
    List<TableColumn<?, ?>> selected = List.of(columns);
    requireThroughColumns("throughAttributes", "reads", selected);
    if (!association.linked()) {
      throw new InvalidQueryException("throughAttributes of " + association + " selects columns"
          + " of link rows it does not read: it holds its targets only; declare it as a List of"
          + " Linked to read them", association.source().name(), null);
    }
    return new Include<>(association, attributes, excluded, where, required, order, limit,
        includes, throughWhere, withDeleted, selected);
  }

  /** Refuses an {@code option} of the link rows naming columns of another table than theirs. */
  private void requireThroughColumns(String option, String verb,
      List<TableColumn<?, ?>> columns) {
    Junction junction = association.junction();
    if (junction == null || junction.record() == null) {
      throw new InvalidQueryException(option + " needs a belongsToMany through a record; "
          + association + " has none", association.source().name(), null);
    }
    String through = junction.record().table().name();
    for (TableColumn<?, ?> column : columns) {
      if (!column.table().equals(through)) {
        throw new InvalidQueryException(option + " of " + association + " " + verb + " "
            + through + " columns; " + column.name() + " is a column of " + column.table(),
            column.table(), column.name());
      }
    }
  }

  /** The columns {@code condition} compares, added to {@code into}. */
  private static List<TableColumn<?, ?>> columns(Condition<?> condition,
      List<TableColumn<?, ?>> into) {
    if (condition instanceof Condition.Compare<?> c) {
      into.add(c.column());
    } else if (condition instanceof Condition.Like<?> c) {
      into.add(c.column());
    } else if (condition instanceof Condition.Between<?> c) {
      into.add(c.column());
    } else if (condition instanceof Condition.In<?> c) {
      into.add(c.column());
    } else if (condition instanceof Condition.IsNull<?> c) {
      into.add(c.column());
    } else if (condition instanceof Condition.And<?> c) {
      c.terms().forEach(term -> columns(term, into));
    } else if (condition instanceof Condition.Or<?> c) {
      c.terms().forEach(term -> columns(term, into));
    } else if (condition instanceof Condition.Not<?> c) {
      columns(c.term(), into);
    }
    return into;
  }

  /**
   * Includes soft-deleted rows of a paranoid target too (Sequelize's {@code paranoid: false} on an
   * include); by default an include leaves out the rows whose {@code @DeletedAt} is set.
   */
  public Include<S, T> withDeleted() {
    return new Include<>(association, attributes, excluded, where, required, order, limit,
        includes, throughWhere, true, throughAttributes);
  }

  /** Whether {@link #withDeleted()} was asked for. */
  public boolean isWithDeleted() { return withDeleted; }

  /**
   * This include as the runtime runs it: on a paranoid target (one with a {@code @DeletedAt}
   * column) and unless {@link #withDeleted()}, {@code deletedAt IS NULL} is ANDed into its where,
   * the same down its nested includes; {@code required} stays as it was, so a to-one include
   * whose target was soft-deleted reads as {@code null} and an optional one drops no parent.
   * Returns this include when nothing in its tree is paranoid. The DAOs apply it to every include
   * they load; code calling them never needs it.
   */
  public Include<S, T> excludingDeleted() {
    TableColumn<T, ?> deletedAt = association.target().deletedAt();
    Condition<T> filtered = where;
    if (deletedAt != null && !withDeleted) {
      filtered = where == null ? deletedAt.isNull() : where.and(deletedAt.isNull());
    }
    List<Include<T, ?>> nested = includes;
    for (int i = 0; i < includes.size(); i++) {
      Include<T, ?> scoped = includes.get(i).excludingDeleted();
      if (scoped != includes.get(i)) {
        if (nested == includes) {
          nested = new ArrayList<>(includes);
        }
        nested.set(i, scoped);
      }
    }
    return filtered != where || nested != includes
        ? new Include<>(association, attributes, excluded, filtered, required, order, limit, nested,
            throughWhere, withDeleted, throughAttributes)
        : this;
  }

  public Association<S, T> association() { return association; }

  /** The filter on the link rows of a belongsToMany through a record, or {@code null}. */
  public Condition<?> throughWhere() { return throughWhere; }

  /**
   * The columns read of the link rows of a belongsToMany through a record besides their keys, or
   * {@code null} for all of them.
   */
  public List<TableColumn<?, ?>> throughAttributes() { return throughAttributes; }

  public List<Attribute<T>> attributes() { return attributes; }

  public List<TableColumn<T, ?>> excluded() { return excluded; }

  /** The filter on included rows, or {@code null}. */
  public Condition<T> where() { return where; }

  public boolean isRequired() { return required; }

  public List<Order<T>> order() { return order; }

  /** Per-parent limit of a to-many include, or {@code null}. */
  public Integer limit() { return limit; }

  public List<Include<T, ?>> includes() { return includes; }
}
