package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.dialect.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A find read chunk by chunk, at constant memory: one statement walks the roots (with every
 * to-one include joined) through a cursor, and for each chunk of roots each to-many include is
 * loaded by one {@code IN (…)} statement per level, stitched as {@link IncludeLoader} stitches a
 * whole find. Statements = 1 + chunks × to-many levels. Only the current chunk's records and
 * their included rows are held.
 *
 * <p>The cursor, per driver: the root statement gets the chunk size as its fetch size. PostgreSQL
 * honours a fetch size only with autocommit off, so there the read runs in a transaction: the
 * handle's if one is open, else its own, committed when the read ends (rolled back if it fails).
 * Connector/J fetches that many rows at a time from a server-side cursor when the connection has
 * {@code useCursorFetch=true}, which also lets the to-many statements run while the cursor is
 * open; without it, it reads the whole root result before the first row. H2 (embedded) ignores
 * the fetch size: it builds the root result in its own storage when the statement runs.
 *
 * <p>The root statement runs when the first row is asked for; everything is released when the
 * last row has been read, when the read fails, or on {@link #close()}, whichever comes first.
 *
 * @param <R> what each row becomes: the record, or its map view
 */
final class StreamingFind<R> implements Iterator<R>, AutoCloseable {
  private final ExecutionContext ex;
  private final Selection selection;
  private final int chunkSize;
  private final boolean maps;

  private LevelRun run;
  /** Reads the root rows; a second loader runs the to-many levels (each owns a result set). */
  private IncludeLoader roots;
  private IncludeLoader levels;
  private ResultIterator<Object> cursor;
  private boolean ownTransaction;
  private List<R> chunk = List.of();
  private int next;
  private boolean exhausted;
  private boolean closed;

  StreamingFind(ExecutionContext ex, Selection selection, int chunkSize, boolean maps) {
    this.ex = ex;
    this.selection = selection;
    this.chunkSize = chunkSize;
    this.maps = maps;
  }

  /** This read as a sequential, ordered stream that must be closed; closing it ends the read. */
  Stream<R> stream() {
    Spliterator<R> rows = Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(rows, false).onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    if (next < chunk.size()) {
      return true;
    }
    if (exhausted || closed) {
      return false;
    }
    try {
      readChunk();
    } catch (RuntimeException e) {
      RuntimeException typed = Faults.translate(e, selection.table().name(), ex.handle());
      abort(typed);
      throw typed;
    } catch (Error e) {
      abort(e);
      throw e;
    }
    return next < chunk.size();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    R row = chunk.get(next);
    // Let the record go as soon as it is handed out: a chunk is the most a read holds.
    chunk.set(next++, null);
    return row;
  }

  private void readChunk() {
    if (cursor == null) {
      open();
    }
    List<Object> rows = new ArrayList<>(chunkSize);
    while (rows.size() < chunkSize && cursor.hasNext()) {
      rows.add(cursor.next());
    }
    exhausted = rows.size() < chunkSize;
    // Runs one statement per to-many level that has parent rows in this chunk; none otherwise.
    levels.loadToMany(run);
    chunk = built(new IncludeLoader.Found(run.plan.root, rows));
    next = 0;
    run.clearRows();
    if (exhausted) {
      release();
    }
  }

  @SuppressWarnings("unchecked")
  private List<R> built(IncludeLoader.Found found) {
    return maps ? (List<R>) found.maps() : found.records();
  }

  private void open() {
    Handle handle = ex.handle();
    if (handle.isClosed()) {
      throw new InvalidQueryException("Cannot stream " + selection.table().name()
          + ": the DAO's handle is closed. An on-demand DAO closes its handle when the call"
          + " returns; use forEach(query, action), or attach the DAO to an open handle",
          selection.table().name(), null);
    }
    run = new LevelRun(SelectPlan.forCount(selection), selection);
    roots = new IncludeLoader(ex);
    levels = new IncludeLoader(ex);
    if (needsTransaction(ex.dialect()) && !handle.isInTransaction()) {
      handle.begin();
      ownTransaction = true;
    }
    Sql sql = SelectSql.rows(ex.dialect(), run, List.of(), null);
    Query query = handle.createQuery(sql.text());
    Statements.prepare(query, sql).setFetchSize(chunkSize);
    cursor = query.map(new RootReader()).iterator();
  }

  /** Reads each root row of the cursor; points the plan at its result set on the first. */
  private final class RootReader implements RowMapper<Object> {
    private ResultSet attached;

    @Override
    public Object map(ResultSet rs, StatementContext ctx) throws SQLException {
      if (rs != attached) {
        roots.attach(run, rs);
        attached = rs;
      }
      return roots.readRoot();
    }
  }

  /** PostgreSQL's driver uses a cursor (honours the fetch size) only with autocommit off. */
  private static boolean needsTransaction(Dialect dialect) {
    return "postgresql".equals(dialect.name());
  }

  /** Ends the read: drops what is left of the chunk, then {@link #release()}s. */
  @Override
  public void close() {
    chunk = List.of();
    release();
  }

  /** Closes the cursor and commits the transaction this read began, if any; once. */
  private void release() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (cursor != null) {
        cursor.close();
      }
    } finally {
      if (ownTransaction) {
        ownTransaction = false;
        ex.handle().commit();
      }
    }
  }

  /** Releases everything after a failure, rolling back the transaction this read began. */
  private void abort(Throwable failure) {
    closed = true;
    chunk = List.of();
    try {
      if (cursor != null) {
        cursor.close();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    if (ownTransaction) {
      ownTransaction = false;
      try {
        ex.handle().rollback();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
