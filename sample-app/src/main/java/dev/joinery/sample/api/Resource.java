package dev.joinery.sample.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.dao.JoineryDao;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import dev.joinery.query.Query;
import dev.joinery.sample.api.request.RecordReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The five REST routes of one table, written once for every generated table and DAO:
 *
 * <pre>
 * GET    /api/things            list (include, attributes, exclude, order, limit, offset, where)
 * POST   /api/things            create, nested associations included (201 + Location)
 * GET    /api/things/{id}       one row (include, attributes, exclude)
 * PUT    /api/things/{id}       change the columns given in the body
 * DELETE /api/things/{id}       delete (204)
 * </pre>
 *
 * <p>Lists and single rows are answered in the map view ({@code streamAsMaps},
 * {@code findAllAsMaps}), so renamed attributes show. A list is written as its rows stream from
 * the database, a chunk at a time, never built in memory.
 *
 * @param <T> the record
 * @param <K> its primary key type
 */
public final class Resource<T, K> {
  private final String path;
  private final TableMeta<T> table;
  private final Class<? extends JoineryDao<T, K>> daoType;
  private final Api api;

  public Resource(String path, TableMeta<T> table, Class<? extends JoineryDao<T, K>> daoType,
      Api api) {
    this.path = path;
    this.table = table;
    this.daoType = daoType;
    this.api = api;
  }

  public void register(Javalin app) {
    app.get(path, this::list);
    app.post(path, this::create);
    app.get(path + "/{id}", this::show);
    app.put(path + "/{id}", this::update);
    app.delete(path + "/{id}", this::delete);
  }

  private void list(Context ctx) {
    Query<T> query = api.queries().parse(table, ctx.queryParamMap());
    api.inTransaction(daoType, dao -> {
      try (Stream<Map<String, Object>> rows = dao.streamAsMaps(query)) {
        api.lists().write(ctx, rows);
      }
      return null;
    });
  }

  private void show(Context ctx) {
    K id = api.key(table, ctx, "id");
    Query<T> query = api.queries().parse(table, ctx.queryParamMap()).and(hasKey(id));
    List<Map<String, Object>> rows = api.inTransaction(daoType, dao -> dao.findAllAsMaps(query));
    if (rows.isEmpty()) {
      throw ApiException.notFound(table.name(), id);
    }
    ctx.json(rows.get(0));
  }

  private void create(Context ctx) {
    RecordReader.NewRow<T> row = api.reader().readNew(table, api.body(ctx), List.of());
    T created = api.inTransaction(daoType, dao -> dao.create(row.row(), row.includes()));
    ctx.status(201)
        .header("Location", path + "/" + table.primaryKey().get(created))
        .json(created);
  }

  private void update(Context ctx) {
    K id = api.key(table, ctx, "id");
    JsonNode body = api.body(ctx);
    T updated = api.inTransaction(daoType, dao -> {
      T existing = dao.findByPk(id).orElseThrow(() -> ApiException.notFound(table.name(), id));
      return dao.update(api.reader().readChanges(table, body, existing));
    });
    ctx.json(updated);
  }

  private void delete(Context ctx) {
    K id = api.key(table, ctx, "id");
    if (!api.inTransaction(daoType, dao -> dao.destroyByPk(id))) {
      throw ApiException.notFound(table.name(), id);
    }
    ctx.status(204);
  }

  private Condition<T> hasKey(K id) {
    TableColumn<T, ?> key = table.primaryKey();
    return Condition.compare(key, Operator.EQ, id);
  }
}
