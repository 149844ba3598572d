package dev.joinery.internal;

import dev.joinery.dao.Page;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The engine behind {@link dev.joinery.dao.JoineryDao}: CRUD, finds with includes and nested
 * create for one table on one handle. Internal: users call the generated DAOs.
 */
public final class Repository<T, K> {
  private final Handle handle;
  private final TableMeta<T> table;

  private Repository(Handle handle, TableMeta<T> table) {
    this.handle = handle;
    this.table = table;
  }

  public static <T, K> Repository<T, K> of(Handle handle, TableMeta<T> table) {
    return new Repository<>(handle, table);
  }

  public T create(T row, List<? extends Include<T, ?>> includes) { throw todo(); }

  public List<T> bulkCreate(List<T> rows) { throw todo(); }

  public Optional<T> findByPk(K id, Query<T> query) { throw todo(); }

  public Optional<T> findOne(Query<T> query) { throw todo(); }

  public List<T> findAll(Query<T> query) { throw todo(); }

  public Page<T> findAndCountAll(Query<T> query) { throw todo(); }

  public List<Map<String, Object>> findAllAsMaps(Query<T> query) { throw todo(); }

  public long count(Condition<T> where) { throw todo(); }

  public T update(T row) { throw todo(); }

  public int update(List<Assignment<T>> assignments, Condition<T> where) { throw todo(); }

  public boolean destroy(T row) { throw todo(); }

  public boolean destroyByPk(K id) { throw todo(); }

  public int destroy(Condition<T> where) { throw todo(); }

  public AssociationMixins<T> associations() { throw todo(); }

  private static UnsupportedOperationException todo() {
    return new UnsupportedOperationException("not implemented yet");
  }
}
