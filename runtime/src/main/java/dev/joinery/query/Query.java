package dev.joinery.query;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of a find (Sequelize's {@code findAll({where, attributes, include, order, limit,
 * offset})}), typed by the table. Immutable: every option returns a new query.
 *
 * <pre>{@code
 * dao.findAll(Query.where(CustomerTable.AGE.gt(30))
 *     .include(CustomerTable.ADDRESS)
 *     .orderBy(CustomerTable.ID.asc())
 *     .limit(10));
 * }</pre>
 *
 * <p>{@code limit} and {@code offset} count records of {@code T} (parents), also with to-many
 * includes: each to-many level is loaded by its own query, so nothing multiplies rows.
 */
public final class Query<T> {
  private static final Query<?> ALL =
      new Query<>(List.of(), List.of(), null, List.of(), null, null, List.of(), false, false, null);

  private final List<Attribute<T>> attributes;
  private final List<TableColumn<T, ?>> excluded;
  private final Condition<T> where;
  private final List<Order<T>> order;
  private final Integer limit;
  private final Integer offset;
  private final List<Include<T, ?>> includes;
  private final boolean snapshot;
  private final boolean withDeleted;
  private final Duration timeout;

  private Query(List<Attribute<T>> attributes, List<TableColumn<T, ?>> excluded, Condition<T> where,
      List<Order<T>> order, Integer limit, Integer offset, List<Include<T, ?>> includes,
      boolean snapshot, boolean withDeleted, Duration timeout) {
    this.attributes = List.copyOf(attributes);
    this.excluded = List.copyOf(excluded);
    this.where = where;
    this.order = List.copyOf(order);
    this.limit = limit;
    this.offset = offset;
    this.includes = List.copyOf(includes);
    this.snapshot = snapshot;
    this.withDeleted = withDeleted;
    this.timeout = timeout;
  }

  /** Every row, no includes. */
  @SuppressWarnings("unchecked")
  public static <T> Query<T> all() {
    return (Query<T>) ALL;
  }

  public static <T> Query<T> where(Condition<T> condition) {
    return Query.<T>all().and(condition);
  }

  public static <T> Query<T> include(Association<T, ?> association) {
    return Query.<T>all().with(Include.of(association));
  }

  public static <T> Query<T> include(Include<T, ?> include) {
    return Query.<T>all().with(include);
  }

  /** Adds a condition, ANDed with any earlier one. */
  public Query<T> and(Condition<T> condition) {
    Condition<T> combined = where == null ? condition : where.and(condition);
    return new Query<>(attributes, excluded, combined, order, limit, offset,
        includes, snapshot, withDeleted, timeout);
  }

  /** Loads an association too. */
  public Query<T> with(Include<T, ?> include) {
    List<Include<T, ?>> more = new ArrayList<>(includes);
    more.add(include);
    return new Query<>(attributes, excluded, where, order, limit, offset, more, snapshot,
        withDeleted, timeout);
  }

  /** Loads an association too, with default options. */
  public Query<T> with(Association<T, ?> association) {
    return with(Include.of(association));
  }

  @SafeVarargs
  public final Query<T> attributes(Attribute<T>... selected) {
    return new Query<>(List.of(selected), excluded, where, order, limit, offset,
        includes, snapshot, withDeleted, timeout);
  }

  @SafeVarargs
  public final Query<T> exclude(TableColumn<T, ?>... columns) {
    return new Query<>(attributes, List.of(columns), where, order, limit, offset,
        includes, snapshot, withDeleted, timeout);
  }

  @SafeVarargs
  public final Query<T> orderBy(Order<T>... terms) {
    return new Query<>(attributes, excluded, where, List.of(terms), limit, offset,
        includes, snapshot, withDeleted, timeout);
  }

  public Query<T> limit(int rows) {
    return new Query<>(attributes, excluded, where, order, rows, offset,
        includes, snapshot, withDeleted, timeout);
  }

  public Query<T> offset(int rows) {
    return new Query<>(attributes, excluded, where, order, limit, rows,
        includes, snapshot, withDeleted, timeout);
  }

  /**
   * Reads every statement of this find from one snapshot of the database. A find of several
   * statements (a to-many include over many roots, {@code findAndCountAll}) otherwise sends each
   * on its own, outside any transaction: a row committed by someone else between the parent and
   * the child statement can show up in the children of parents that did not see it. With
   * {@code snapshot()}, a find of several statements outside the caller's transaction runs in
   * one of its own, at the isolation level that gives its statements one snapshot on this
   * database (REPEATABLE READ on PostgreSQL, MySQL/MariaDB and H2); it costs the
   * transaction's round trips. Inside the caller's transaction the caller's isolation level
   * decides (PostgreSQL's default READ COMMITTED gives each statement a snapshot of its own). A
   * find of one statement needs no transaction either way.
   */
  public Query<T> snapshot() {
    return new Query<>(attributes, excluded, where, order, limit, offset,
        includes, true, withDeleted,
        timeout);
  }

  /**
   * Finds soft-deleted rows of a paranoid table (one with a {@code @DeletedAt} column) too:
   * Sequelize's {@code paranoid: false}. As there, it concerns this query's own rows; an included
   * paranoid table keeps leaving its soft-deleted rows out unless its include says
   * {@link Include#withDeleted()}. On a table without {@code @DeletedAt} it changes nothing.
   */
  public Query<T> withDeleted() {
    return new Query<>(attributes, excluded, where, order, limit, offset, includes, snapshot, true,
        timeout);
  }

  /** Whether {@link #withDeleted()} was asked for. */
  public boolean isWithDeleted() { return withDeleted; }

  /**
   * Cancels each statement of this find that runs longer than {@code timeout}, through JDBC's
   * {@code Statement.setQueryTimeout}, which counts whole seconds (so this rounds up to one
   * second at least); the find then throws {@link dev.joinery.QueryTimeoutException}. Overrides
   * {@link dev.joinery.JoineryConfig#setQueryTimeout}'s default; a streaming read takes that
   * default only.
   */
  public Query<T> timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A query timeout must be positive, not " + timeout);
    }
    return new Query<>(attributes, excluded, where, order, limit, offset, includes, snapshot,
        withDeleted, timeout);
  }

  /** The {@link #timeout(Duration)} asked for, or {@code null} for the configured default. */
  public Duration timeout() { return timeout; }

  /** Whether {@link #snapshot()} was asked for. */
  public boolean isSnapshot() { return snapshot; }

  public List<Attribute<T>> attributes() { return attributes; }

  public List<TableColumn<T, ?>> excluded() { return excluded; }

  /** The condition, or {@code null} for every row. */
  public Condition<T> where() { return where; }

  public List<Order<T>> order() { return order; }

  public Integer limit() { return limit; }

  public Integer offset() { return offset; }

  public List<Include<T, ?>> includes() { return includes; }
}
