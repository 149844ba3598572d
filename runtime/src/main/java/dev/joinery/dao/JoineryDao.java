package dev.joinery.dao;

import dev.joinery.Linked;
import dev.joinery.internal.ReadRouting;
import dev.joinery.internal.Repository;
import dev.joinery.meta.Association;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.OnConflict;
import dev.joinery.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The operations every generated {@code XDao} has. A DAO is a Jdbi SqlObject: attach it to a
 * {@code Handle} ({@code handle.attach(CustomerDao.class)}) to join that handle's transaction, or
 * use {@code jdbi.onDemand(CustomerDao.class)}; extend the generated interface to add your own
 * {@code @SqlQuery} methods.
 *
 * <p>Writes that touch several statements (nested create, {@code bulkCreate}, association
 * setters) run in one transaction: the caller's if one is open, else their own. Reads open no
 * transaction of their own; {@link Query#snapshot()} asks for one snapshot. With read replicas
 * ({@link dev.joinery.PoolOptions#read(String...)}) the reads (finds, counts, streams, the
 * association getters and counters) outside a transaction go to a replica, everything else to
 * the primary.
 *
 * @param <T> the record
 * @param <K> the type of its primary key
 */
public interface JoineryDao<T, K> extends SqlObject {

  /** The generated table metadata; implemented by the generated DAO. */
  TableMeta<T> table();

  /**
   * Runs a read where it belongs: on a read replica when there are some and this DAO's handle is
   * in no transaction, else on the handle ({@link ReadRouting}).
   */
  private <R> R read(Function<Repository<T, K>, R> read) {
    return ReadRouting.read(getHandle(), table(), read);
  }

  /** The engine behind the default methods, bound to this DAO's handle. */
  default Repository<T, K> repository() {
    return Repository.of(getHandle(), table());
  }

  /**
   * Inserts {@code row} and returns it with generated keys, UUIDs and timestamps filled. Validation
   * runs first; nothing is written if it fails.
   */
  default T create(T row) {
    return repository().create(row, List.of());
  }

  /**
   * Nested create (Sequelize's {@code create(values, {include})}): saves {@code row} and the
   * included associations it carries, in one transaction; belongsTo parents first, then the row,
   * then hasOne/hasMany children with their foreign keys filled, then belongsToMany targets and
   * junction rows. Returns the whole tree with keys, foreign keys and timestamps filled.
   */
  default T create(T row, Association<T, ?> include) {
    return repository().create(row, List.of(Include.of(include)));
  }

  default T create(T row, List<? extends Include<T, ?>> includes) {
    return repository().create(row, includes);
  }

  /**
   * Inserts {@code row}, or updates the stored row with the same primary key (Sequelize's
   * {@code upsert}): one statement, {@code INSERT … ON DUPLICATE KEY UPDATE} (MySQL/MariaDB),
   * {@code INSERT … ON CONFLICT DO UPDATE} (PostgreSQL), {@code MERGE} (H2). An update keeps the
   * stored {@code @CreatedAt} and sets {@code @UpdatedAt}. Returns the row as stored and whether
   * it was inserted, where the database tells (README, "Upsert").
   */
  default Upserted<T> upsert(T row) {
    return repository().upsert(row, OnConflict.primaryKey());
  }

  /** {@link #upsert(Object)} on the key and with the updated columns of {@code onConflict}. */
  default Upserted<T> upsert(T row, OnConflict<T> onConflict) {
    return repository().upsert(row, onConflict);
  }

  /**
   * Upserts every row (Sequelize's {@code bulkCreate(rows, {updateOnDuplicate})}): one JDBC batch
   * of the upsert statement, then one SELECT of the rows as stored, in one transaction. Returns
   * the stored rows in the given order.
   */
  default List<T> bulkCreate(List<T> rows, OnConflict<T> onConflict) {
    return repository().bulkCreate(rows, onConflict);
  }

  /** Inserts every row in JDBC batches; returns them with generated keys filled. */
  default List<T> bulkCreate(List<T> rows) {
    return repository().bulkCreate(rows);
  }

  default Optional<T> findByPk(K id) {
    return read(r -> r.findByPk(id, Query.all()));
  }

  /** Finds by primary key with the query's includes and attributes (its where is ANDed). */
  default Optional<T> findByPk(K id, Query<T> query) {
    return read(r -> r.findByPk(id, query));
  }

  default Optional<T> findOne(Query<T> query) {
    return read(r -> r.findOne(query));
  }

  default List<T> findAll() {
    return read(r -> r.findAll(Query.all()));
  }

  default List<T> findAll(Query<T> query) {
    return read(r -> r.findAll(query));
  }

  /** One page of rows plus the count of all matching rows (parents, not joined rows). */
  default Page<T> findAndCountAll(Query<T> query) {
    return read(r -> r.findAndCountAll(query));
  }

  /**
   * The rows of {@code query} as nested maps shaped like Sequelize's {@code toJSON()}: attribute
   * (or renamed attribute) to value, included associations nested under their names.
   */
  default List<Map<String, Object>> findAllAsMaps(Query<T> query) {
    return read(r -> r.findAllAsMaps(query));
  }

  /**
   * The rows of {@code query} as a stream read chunk by chunk, at constant memory: a cursor walks
   * the roots (to-one includes joined), and each chunk's to-many includes are loaded by one
   * {@code IN (…)} statement per level (chunk size: {@link dev.joinery.StreamConfig}). The
   * stream holds a cursor on this DAO's handle: <b>close it</b>, with try-with-resources:
   *
   * <pre>{@code
   * try (Stream<Customer> rows = customers.stream(Query.include(CustomerTable.ADDRESS))) {
   *   rows.forEach(out::write);
   * }
   * }</pre>
   *
   * <p>Needs an open handle for as long as the stream is read: attach the DAO to one
   * ({@code handle.attach}); an on-demand DAO's handle closes when this call returns, so use
   * {@link #forEach(Query, Consumer)} there. On MySQL/MariaDB give the connection
   * {@code useCursorFetch=true}; on PostgreSQL the read runs in a transaction (the handle's, or
   * its own until the stream ends). See the README's "Streaming".
   */
  default Stream<T> stream(Query<T> query) {
    return ReadRouting.stream(getHandle(), table(), r -> r.stream(query));
  }

  /** {@link #stream} in the map view of {@link #findAllAsMaps}; close it likewise. */
  default Stream<Map<String, Object>> streamAsMaps(Query<T> query) {
    return ReadRouting.stream(getHandle(), table(), r -> r.streamAsMaps(query));
  }

  /**
   * Hands each row of {@code query} to {@code action}, read as {@link #stream} reads them;
   * everything is released when this returns. Works on attached and on-demand DAOs alike.
   */
  default void forEach(Query<T> query, Consumer<? super T> action) {
    boolean[] handedOut = {false};
    ReadRouting.<T, K, Void>read(getHandle(), table(), r -> {
      r.forEach(query, row -> {
        handedOut[0] = true;
        action.accept(row);
      });
      return null;
    }, () -> !handedOut[0]);
  }

  default long count() {
    return read(r -> r.count(null));
  }

  default long count(Condition<T> where) {
    return read(r -> r.count(where));
  }

  /**
   * Updates every column of the row with this primary key; fills {@code @UpdatedAt}. With a
   * {@code @Version} column, only the version {@code row} carries is updated, and moved on by one;
   * a stale one throws {@link dev.joinery.StaleRowException} and writes nothing.
   */
  default T update(T row) {
    return repository().update(row);
  }

  /**
   * Nested update: makes the stored {@code row} and its {@code include} equal to the given ones,
   * in one transaction; see {@link #update(Object, List)}.
   */
  default T update(T row, Association<T, ?> include) {
    return repository().update(row, List.of(Include.of(include)));
  }

  /**
   * Nested update (Sequelize has none): makes the stored tree of {@code row} equal to the given
   * one, in one transaction (the caller's if open). The stored tree is read first with the same
   * includes, and only differences are written, each kind of change of one level in one statement
   * or batch: changed columns are updated (an unchanged row costs nothing); hasOne/hasMany
   * children without a key are inserted, those missing from the list are detached or deleted by
   * their foreign key's rule, and a child with a key must be one of the stored ones;
   * belongsToMany links are added and removed (targets without a key created); a belongsTo
   * parent without a key is created, one with a key pointed at (never written; it comes back as
   * given when it is not the stored one). A {@code null} association is left as stored.
   * {@code @Version} rows are checked and moved on; a stale one throws
   * {@link dev.joinery.StaleRowException} and nothing is written. Returns the stored tree.
   */
  default T update(T row, List<? extends Include<T, ?>> includes) {
    return repository().update(row, includes);
  }

  /** {@code UPDATE … SET … WHERE …}; returns the number of rows changed. */
  default int update(List<Assignment<T>> assignments, Condition<T> where) {
    return repository().update(assignments, where);
  }

  /**
   * Deletes the row with the primary key of {@code row}; returns whether one was deleted. With a
   * {@code @Version} column only on the version {@code row} carries: a stale one throws
   * {@link dev.joinery.StaleRowException}. On a paranoid table (a {@code @DeletedAt} column) sets
   * that column to the current time instead, if the row is live: a soft delete, undone by
   * {@link #restore(Object)}.
   */
  default boolean destroy(T row) {
    return repository().destroy(row);
  }

  /** {@link #destroy(Object)} by primary key. */
  default boolean destroyByPk(K id) {
    return repository().destroyByPk(id);
  }

  /**
   * Deletes the matching rows ({@code null}: every row); returns how many. On a paranoid table
   * soft-deletes the live ones.
   */
  default int destroy(Condition<T> where) {
    return repository().destroy(where);
  }

  /**
   * Deletes the row with the primary key of {@code row} for real, also on a paranoid table and
   * also when it is soft-deleted (Sequelize's {@code destroy({force: true})}); the database's
   * foreign-key rules apply. Returns whether a row was deleted.
   */
  default boolean forceDestroy(T row) {
    Repository<T, K> repository = repository();
    return repository.forceDestroy(repository.byKey(table().primaryKey().get(row))) > 0;
  }

  /** Deletes the matching rows for real, live or soft-deleted; returns how many. */
  default int forceDestroy(Condition<T> where) {
    return repository().forceDestroy(where);
  }

  /**
   * Clears the {@code @DeletedAt} of the soft-deleted row with the primary key of {@code row}
   * (Sequelize's {@code instance.restore()}); returns whether a row was restored. On a table
   * without {@code @DeletedAt} throws {@link dev.joinery.InvalidQueryException}.
   */
  default boolean restore(T row) {
    Repository<T, K> repository = repository();
    return repository.restore(repository.byKey(table().primaryKey().get(row))) > 0;
  }

  /** Restores the matching soft-deleted rows (Sequelize's {@code Model.restore({where})}). */
  default int restore(Condition<T> where) {
    return repository().restore(where);
  }

  // The generic association mixins; generated DAOs name them after the association
  // (getAddress, addComments, ...), as Sequelize names them after `as`.

  /** The associated row of a to-one association, or {@code null}. */
  default <A> A getAssociated(T row, Association<T, A> association) {
    return read(r -> r.associations().getOne(row, association));
  }

  /** The associated rows of a to-many association. */
  default <A> List<A> getAssociatedList(T row, Association<T, A> association, Query<A> query) {
    return read(r -> r.associations().getMany(row, association, query));
  }

  /**
   * Points a to-one association at {@code target} (or at nothing): a belongsTo updates this row's
   * foreign key, a hasOne updates the target's and clears the previous target's. Returns the
   * source row as it now is, with the association set.
   */
  default <A> T setAssociated(T row, Association<T, A> association, A target) {
    return repository().associations().setOne(row, association, target);
  }

  /** Creates {@code target} already associated with {@code row}; returns it with keys filled. */
  default <A> A createAssociated(T row, Association<T, A> association, A target) {
    return repository().associations().create(row, association, target);
  }

  default <A> long countAssociated(T row, Association<T, A> association, Condition<A> where) {
    return read(r -> r.associations().count(row, association, where));
  }

  /** Whether every one of {@code targets} is associated with {@code row}. */
  default <A> boolean hasAssociated(T row, Association<T, A> association, List<A> targets) {
    return read(r -> r.associations().has(row, association, targets));
  }

  default <A> void addAssociated(T row, Association<T, A> association, List<A> targets) {
    repository().associations().add(row, association, targets);
  }

  /**
   * Links {@code target} to {@code row} through a belongsToMany's record, with {@code link}'s
   * payload; {@code link}'s keys to both are filled in.
   */
  default <A, L> void addAssociatedWithLink(T row, Association<T, A> association, A target,
      L link) {
    repository().associations().addWithLink(row, association, target, link);
  }

  /**
   * Creates {@code target} and links it to {@code row} through a belongsToMany's record, with
   * {@code link}'s payload; returns the target with its stored link row.
   */
  default <A, L> Linked<A, L> createAssociatedWithLink(T row, Association<T, A> association,
      A target, L link) {
    return repository().associations().createWithLink(row, association, target, link);
  }

  /**
   * Makes {@code targets} exactly the associated rows through a belongsToMany's record, each link
   * with {@code link}'s payload: links to others deleted, new ones inserted, kept ones whose
   * payload differs updated to it; {@code link}'s keys are filled in per link.
   */
  default <A, L> void setAssociatedListWithLink(T row, Association<T, A> association,
      List<A> targets, L link) {
    repository().associations().setWithLink(row, association, targets, link);
  }

  default <A> void removeAssociated(T row, Association<T, A> association, List<A> targets) {
    repository().associations().remove(row, association, targets);
  }

  /** Makes {@code targets} exactly the associated rows. */
  default <A> void setAssociatedList(T row, Association<T, A> association, List<A> targets) {
    repository().associations().set(row, association, targets);
  }
}
