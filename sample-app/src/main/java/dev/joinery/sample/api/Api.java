package dev.joinery.sample.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.sample.api.request.QueryParser;
import dev.joinery.sample.api.request.RecordReader;
import dev.joinery.sample.api.request.Values;
import dev.joinery.sample.api.response.JsonList;
import io.javalin.http.Context;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What every route needs: the database and the request readers (records are answered through
 * the mapper's {@code JoineryModule}). Each request
 * runs in one transaction on one handle, so a route that reads, then writes, sees one state and
 * a failure leaves nothing behind.
 */
public final class Api {
  private final Jdbi jdbi;
  private final ObjectMapper mapper;
  private final QueryParser queries;
  private final RecordReader reader;
  private final JsonList lists;

  public Api(Jdbi jdbi, ObjectMapper mapper, QueryParser queries, RecordReader reader) {
    this.jdbi = jdbi;
    this.mapper = mapper;
    this.queries = queries;
    this.reader = reader;
    this.lists = new JsonList(mapper);
  }

  public QueryParser queries() { return queries; }

  public RecordReader reader() { return reader; }

  /** Writes list responses as their rows stream. */
  public JsonList lists() { return lists; }

  /** Runs {@code work} in a transaction with a generated DAO attached to its handle. */
  public <D, R> R inTransaction(Class<D> daoType, Function<D, R> work) {
    return jdbi.inTransaction(handle -> work.apply(handle.attach(daoType)));
  }

  /** Runs {@code work} in a transaction, for routes that use several DAOs. */
  public <R> R inTransaction(Function<Handle, R> work) {
    return jdbi.inTransaction(work::apply);
  }

  /**
   * The request body as JSON.
   *
   * @throws ApiException 400 {@code bad-json} when it is empty or not JSON, 413 when larger
   *     than {@link RequestBody#MAX_BYTES}, 415 when its charset is unknown
   */
  public JsonNode body(Context ctx) {
    return RequestBody.json(mapper, RequestBody.read(ctx));
  }

  /**
   * The primary key of {@code table} in path parameter {@code name}.
   *
   * @throws ApiException 400 when the text is no value of the key's type
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // K is the DAO's key type
  public <K> K key(TableMeta<?> table, Context ctx, String name) {
    return (K) key(table, ctx.pathParam(name));
  }

  /** The primary key of {@code table} written as {@code text}; 400 when it is none. */
  static Object key(TableMeta<?> table, String text) {
    TableColumn<?, ?> key = table.primaryKey();
    try {
      return Values.fromText(key.type(), text);
    } catch (Values.WrongType e) {
      throw ApiException.badRequest("'" + text + "' is not a key of " + table.name() + ": "
          + table.name() + "." + key.property() + " " + e.getMessage());
    }
  }
}
