package dev.joinery.sample.api;

import dev.joinery.sample.model.Customer;
import dev.joinery.sample.model.CustomerDao;
import dev.joinery.sample.model.CustomerTable;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Customers are paranoid ({@code @DeletedAt}): the plain {@code DELETE /api/customers/{id}} of
 * {@link Resource} soft-deletes one (Sequelize's {@code destroy()} on a paranoid model), after
 * which every read leaves it out. These routes undo that or delete for real:
 *
 * <pre>
 * POST   /api/customers/{id}/restore   customer.restore(); 200 with the customer, 404 if not deleted
 * DELETE /api/customers/{id}/force     destroy({force: true}); the address goes by ON DELETE CASCADE
 * </pre>
 */
public final class CustomerRoutes {
  private final Api api;

  public CustomerRoutes(Api api) {
    this.api = api;
  }

  public void register(Javalin app) {
    app.post("/api/customers/{id}/restore", this::restore);
    app.delete("/api/customers/{id}/force", this::forceDestroy);
  }

  private void restore(Context ctx) {
    Long id = api.key(CustomerTable.INSTANCE, ctx, "id");
    Optional<Customer> restored = api.inTransaction(CustomerDao.class, customers ->
        customers.restore(CustomerTable.ID.eq(id)) == 1
            ? customers.findByPk(id) : Optional.<Customer>empty());
    Customer customer = restored.orElseThrow(() -> new ApiException(404, "not-found",
        "no soft-deleted row of customers has the key " + id, List.of()));
    ctx.json(customer);
  }

  private void forceDestroy(Context ctx) {
    Long id = api.key(CustomerTable.INSTANCE, ctx, "id");
    if (api.inTransaction(CustomerDao.class, customers ->
        customers.forceDestroy(CustomerTable.ID.eq(id))) == 0) {
      throw ApiException.notFound(CustomerTable.INSTANCE.name(), id);
    }
    ctx.status(204);
  }
}
