package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeds 000 and 001: customers with one address, over HTTP, on every database. */
class CustomersTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static long createCustomer(Sample sample, String lastname, int age) {
    Http.Response created = sample.http.post("/api/customers", """
        {"firstname":"Jack","lastname":"%s","age":%d,
         "address":{"street":"West Street","postcode":"1234"}}""".formatted(lastname, age));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsACustomerWithItsAddressInOneCall(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Davis");

    Http.Response created = sample.http.post("/api/customers", """
        {"firstname":"Jack","lastname":"%s","age":25,
         "address":{"street":"West Street","postcode":"1234"}}""".formatted(lastname));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode customer = created.json();
    long id = customer.path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/customers/" + id);
    assertThat(customer.path("firstname").asText()).isEqualTo("Jack");
    assertThat(customer.path("age").asInt()).isEqualTo(25);
    assertThat(customer.path("address").path("id").asLong()).isPositive();
    assertThat(customer.path("address").path("customerId").asLong()).isEqualTo(id);
    assertThat(sample.count("customers", "lastname", lastname)).isEqualTo(1);
    assertThat(sample.text("SELECT " + sample.q("street") + " FROM " + sample.q("addresses")
        + " WHERE " + sample.q("customer_id") + " = ?", id)).isEqualTo("West Street");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void listsCustomersWithTheirAddressSelectingAndRenamingAttributes(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Renamed");
    long id = createCustomer(sample, lastname, 30);

    Http.Response list = sample.http.get("/api/customers?include=address"
        + "&attributes[address]=street,postcode:zip&where[lastname]=" + lastname);

    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    JsonNode customer = list.json().get(0);
    assertThat(customer.path("id").asLong()).isEqualTo(id);
    assertThat(customer.path("lastname").asText()).isEqualTo(lastname);
    JsonNode address = customer.path("address");
    assertThat(address.path("street").asText()).isEqualTo("West Street");
    assertThat(address.path("zip").asText()).isEqualTo("1234");
    assertThat(address.has("postcode")).as(address.toString()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void pagesOrdersAndFiltersFromTheQueryString(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Paged");
    for (int age : new int[] {41, 17, 63, 35}) {
      createCustomer(sample, lastname, age);
    }

    Http.Response page = sample.http.get("/api/customers?where[lastname]=" + lastname
        + "&where[age][gte]=20&order=-age&limit=2&offset=1&attributes=age,firstname:name");

    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<Integer> ages = new ArrayList<>();
    page.json().forEach(row -> ages.add(row.path("age").asInt()));
    assertThat(ages).containsExactly(41, 35);
    assertThat(page.json().get(0).path("name").asText()).isEqualTo("Jack");
    assertThat(page.json().get(0).has("lastname")).isFalse();

    Http.Response in = sample.http.get("/api/customers?where[lastname]=" + lastname
        + "&where[age][in]=17,63&order=age");
    List<Integer> picked = new ArrayList<>();
    in.json().forEach(row -> picked.add(row.path("age").asInt()));
    assertThat(picked).containsExactly(17, 63);

    Http.Response like = sample.http.get("/api/customers?where[lastname][like]="
        + lastname.substring(0, 5) + "%25&where[address.postcode]=1234&include=address&limit=1");
    assertThat(like.status()).as(like.toString()).isEqualTo(200);
    assertThat(like.json()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void namesEveryUnknownIncludeAttributeOrColumnInA400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    assertBadRequest(sample, "/api/customers?include=adress",
        "include: unknown include 'adress' of customers (associations: address)");
    assertBadRequest(sample, "/api/customers?include=address&attributes[address]=strete",
        "attributes[address]: unknown attribute 'strete' of addresses "
            + "(attributes: id, street, postcode, customerId)");
    assertBadRequest(sample, "/api/customers?attributes[address]=street",
        "attributes[address]: address is not included; add include=address");
    assertBadRequest(sample, "/api/customers?order=-agee",
        "order: unknown attribute 'agee' of customers "
            + "(attributes: id, firstname, lastname, age, deletedAt)");
    assertBadRequest(sample, "/api/customers?where[agee][gt]=3",
        "where[agee][gt]: unknown attribute 'agee' of customers "
            + "(attributes: id, firstname, lastname, age, deletedAt)");
    assertBadRequest(sample, "/api/customers?where[age][gt]=old",
        "where[age][gt]: customers.age must be an integer from -2147483648 to 2147483647 "
            + "(got 'old')");
    assertBadRequest(sample, "/api/customers?where[age][about]=3",
        "where[age][about]: unknown operator 'about'; "
            + "use eq, ne, gt, gte, lt, lte, like, in, notIn or null");
    assertBadRequest(sample, "/api/customers?limit=-1",
        "limit must be a whole number of rows, 0 or more (got '-1')");
    assertBadRequest(sample, "/api/customers?sort=age",
        "unknown query parameter 'sort'; use include, attributes, exclude, order, limit, "
            + "offset, where[...]");
    assertBadRequest(sample, "/api/customers?include=address&order[address]=street",
        "order[address]: address is a to-one association; order and limit apply to the listed "
            + "rows or to a to-many include");
    assertBadRequest(sample, "/api/customers/abc",
        "'abc' is not a key of customers: customers.id must be an integer");
  }

  private static void assertBadRequest(Sample sample, String path, String message) {
    Http.Response response = sample.http.get(path);
    assertThat(response.status()).as(path + " -> " + response).isEqualTo(400);
    assertThat(response.json().path("error").asText()).isEqualTo("bad-request");
    assertThat(response.json().path("message").asText()).isEqualTo(message);
    assertThat(response.json().path("violations").isArray()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void listsEveryViolationOfABodyAndWritesNothing(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Invalid");

    Http.Response refused = sample.http.post("/api/customers", """
        {"firstname":12,"lastname":"%s","age":"old","id":7,"nickname":"J",
         "address":{"street":"%s","customerId":3}}""".formatted(lastname, "x".repeat(256)));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("status").asInt()).isEqualTo(400);
    assertThat(refused.json().path("error").asText()).isEqualTo("validation");
    List<String> violations = new ArrayList<>();
    refused.json().path("violations").forEach(v -> violations.add(v.path("table").asText() + "."
        + v.path("property").asText() + ":" + v.path("rule").asText()));
    assertThat(violations).containsExactlyInAnyOrder(
        "customers.firstname:type", "customers.age:type", "customers.id:generated",
        "customers.nickname:unknown", "addresses.street:length", "addresses.customerId:filled");
    assertThat(refused.json().path("violations").get(0).path("message").asText())
        .isNotBlank();
    assertThat(sample.count("customers", "lastname", lastname)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void answersBadJsonWithA400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    for (String body : List.of("{\"firstname\":", "[1,2]", "", "{\"age\":1} trailing",
        "{\"age\":1,\"age\":2}")) {
      Http.Response response = sample.http.post("/api/customers", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(body).isEqualTo("bad-json");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void getsUpdatesAndDeletesOneCustomer(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Crud");
    long id = createCustomer(sample, lastname, 30);

    Http.Response one = sample.http.get("/api/customers/" + id + "?include=address");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().path("address").path("street").asText()).isEqualTo("West Street");

    Http.Response updated = sample.http.put("/api/customers/" + id, "{\"age\":31}");
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("age").asInt()).isEqualTo(31);
    assertThat(updated.json().path("lastname").asText()).isEqualTo(lastname);
    assertThat(sample.number("SELECT " + sample.q("age") + " FROM " + sample.q("customers")
        + " WHERE " + sample.q("id") + " = ?", id)).isEqualTo(31);

    Http.Response readOnly = sample.http.put("/api/customers/" + id,
        "{\"id\":5,\"address\":{\"street\":\"x\"}}");
    assertThat(readOnly.status()).isEqualTo(400);
    assertThat(readOnly.json().path("violations")).hasSize(2);

    assertThat(sample.http.put("/api/customers/99999999", "{\"age\":1}").status()).isEqualTo(404);

    // Customers are paranoid: DELETE soft-deletes (see softDeletesRestoresAndForceDeletes);
    // a forced delete removes the row.
    Http.Response deleted = sample.http.delete("/api/customers/" + id + "/force");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(sample.count("customers", "id", id)).isZero();
    // The address went with it: ON DELETE CASCADE.
    assertThat(sample.count("addresses", "customer_id", id)).isZero();

    Http.Response gone = sample.http.get("/api/customers/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().path("error").asText()).isEqualTo("not-found");
    assertThat(gone.json().path("message").asText())
        .isEqualTo("no row of customers has the key " + id);
    assertThat(sample.http.delete("/api/customers/" + id).status()).isEqualTo(404);
    assertThat(sample.http.delete("/api/customers/" + id + "/force").status()).isEqualTo(404);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void softDeletesRestoresAndForceDeletes(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Paranoid");
    long id = createCustomer(sample, lastname, 40);
    String deletedAt = "SELECT COUNT(*) FROM " + sample.q("customers") + " WHERE "
        + sample.q("id") + " = ? AND " + sample.q("deleted_at") + " IS NOT NULL";

    assertThat(sample.http.delete("/api/customers/" + id).status()).isEqualTo(204);
    assertThat(sample.number(deletedAt, id)).as("the row stays, marked").isEqualTo(1);
    assertThat(sample.count("addresses", "customer_id", id)).as("no cascade").isEqualTo(1);
    assertThat(sample.http.get("/api/customers/" + id).status()).isEqualTo(404);
    assertThat(sample.http.get("/api/customers?where[lastname]=" + lastname).json()).isEmpty();
    assertThat(sample.http.delete("/api/customers/" + id).status())
        .as("already deleted").isEqualTo(404);

    Http.Response restored = sample.http.post("/api/customers/" + id + "/restore", "");
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(restored.json().path("lastname").asText()).isEqualTo(lastname);
    assertThat(restored.json().path("deletedAt").isNull()).isTrue();
    assertThat(sample.number(deletedAt, id)).isZero();
    assertThat(sample.http.get("/api/customers/" + id + "?include=address").json()
        .path("address").path("street").asText()).isEqualTo("West Street");
    Http.Response again = sample.http.post("/api/customers/" + id + "/restore", "");
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().path("message").asText())
        .isEqualTo("no soft-deleted row of customers has the key " + id);

    sample.http.delete("/api/customers/" + id);
    assertThat(sample.http.delete("/api/customers/" + id + "/force").status()).isEqualTo(204);
    assertThat(sample.count("customers", "id", id)).isZero();
    assertThat(sample.count("addresses", "customer_id", id)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesASecondAddressAndAnAddressOfNobodyWith409(Engine engine) {
    Sample sample = SERVERS.on(engine);
    long id = createCustomer(sample, Sample.unique("Twice"), 50);

    Http.Response second = sample.http.post("/api/addresses",
        "{\"street\":\"East Street\",\"postcode\":\"9\",\"customerId\":" + id + "}");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().path("error").asText()).isEqualTo("unique");
    assertThat(second.json().path("violations").get(0).path("table").asText())
        .isEqualTo("addresses");
    assertThat(sample.count("addresses", "customer_id", id)).isEqualTo(1);

    Http.Response orphan = sample.http.post("/api/addresses",
        "{\"street\":\"Nowhere\",\"customerId\":99999999}");
    assertThat(orphan.status()).as(orphan.toString()).isEqualTo(409);
    assertThat(orphan.json().path("error").asText()).isEqualTo("foreign-key");
    assertThat(sample.count("addresses", "street", "Nowhere")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void answersUnknownRoutesAndMethodsInTheSameShape(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response missing = sample.http.get("/api/nothing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("error").asText()).as(missing.toString()).isEqualTo("not-found");
    assertThat(missing.json().has("violations")).isTrue();

    Http.Response method = sample.http.send("PATCH", "/api/customers", "{}");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().path("error").asText()).as(method.toString())
        .isEqualTo("method-not-allowed");
  }
}
