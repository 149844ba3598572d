package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's "Limits": every malformed or oversized request is a 4xx JSON error, a database
 * that cannot be reached is a quick 503 with a JSON body, and {@code /health} says which.
 */
class LimitsTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private static Http.Response send(Sample sample, String path, String contentType,
      HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + sample.app.port() + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
        .POST(body).build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode json = response.body().isEmpty()
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : JSON.readTree(response.body());
    return new Http.Response(response.statusCode(), response.body(), json, response);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void unknownOrMalformedCharsetIs415(Engine engine) throws Exception {
    Sample sample = SERVERS.on(engine);
    for (String charset : List.of("nonexistent", "@@", "")) {
      Http.Response answer = send(sample, "/api/customers",
          "application/json; charset=" + charset,
          HttpRequest.BodyPublishers.ofString("{\"firstname\":\"Ada\"}"));
      assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
      assertThat(answer.json().path("error").asText()).isEqualTo("unsupported-charset");
    }
    Http.Response latin = send(sample, "/api/customers", "application/json; charset=ISO-8859-1",
        HttpRequest.BodyPublishers.ofByteArray(
            "{\"firstname\":\"Zo\u00eb\",\"age\":3}".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(latin.status()).as(latin.toString()).isEqualTo(201);
    assertThat(latin.json().path("firstname").asText()).isEqualTo("Zo\u00eb");
  }

  /** Found by the fuzz run: a Content-Type of ";" alone split into no parts and answered 500. */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void contentTypeWithoutAMediaTypeIsReadAsUtf8(Engine engine) throws Exception {
    Sample sample = SERVERS.on(engine);
    for (String contentType : List.of(";", "application/json;", ";;")) {
      Http.Response answer = send(sample, "/api/customers", contentType,
          HttpRequest.BodyPublishers.ofString("{\"firstname\":\"Zo\u00eb\",\"age\":3}"));
      assertThat(answer.status()).as(contentType + " " + answer).isEqualTo(201);
      assertThat(answer.json().path("firstname").asText()).isEqualTo("Zo\u00eb");
    }
  }

  /** Found by the fuzz run: requests Jetty refuses itself were answered with an HTML page. */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void requestsJettyRefusesAreJsonErrorsToo(Engine engine) {
    Sample sample = SERVERS.on(engine);
    byte[] body = "{\"firstname\":\"Ada\",\"age\":1}".getBytes(StandardCharsets.UTF_8);
    // An odd-sized body: BAD_LENGTH sends "Content-Length: 12abc".
    assertThat(body.length % 2).isEqualTo(1);
    RawHttp.Response badLength = RawHttp.send(sample.app.port(), new RawHttp.Request("POST",
        "/api/customers", Map.of("Host", "localhost", "Content-Type", "application/json"),
        body, RawHttp.Framing.BAD_LENGTH), 1);
    RawHttp.Response nul = RawHttp.send(sample.app.port(), new RawHttp.Request("GET",
        "/api/customers", Map.of("Host", "localhost", "X-Odd", "a\u0000b"), new byte[0],
        RawHttp.Framing.LENGTH), 1);
    RawHttp.Response badPath = RawHttp.send(sample.app.port(), new RawHttp.Request("DELETE",
        "/api/customers/%zz/force", Map.of("Host", "localhost"), new byte[0],
        RawHttp.Framing.LENGTH), 1);

    assertThat(badLength.status()).isEqualTo(400);
    assertThat(badLength.headers().get("content-type")).isEqualTo("application/json");
    assertThat(badLength.text()).isEqualTo("{\"status\":400,\"error\":\"bad-request\","
        + "\"message\":\"the request cannot be read: Invalid Content-Length Value\",\"violations\":[]}");
    for (RawHttp.Response answer : List.of(nul, badPath)) {
      assertThat(answer.status()).as(answer.text()).isEqualTo(400);
      assertThat(answer.text()).startsWith("{\"status\":400,\"error\":\"bad-request\","
          + "\"message\":\"the request cannot be read: ");
    }
  }

  /** Found by the fuzz run: a body that stopped before its Content-Length answered 500. */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void bodyEndingBeforeItsContentLengthIs400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    RawHttp.Response answer = RawHttp.send(sample.app.port(), new RawHttp.Request("POST",
        "/api/profiles", Map.of("Host", "localhost", "Content-Type", "application/json"),
        "{\"address\":\"A\"}".getBytes(StandardCharsets.UTF_8), RawHttp.Framing.LONG_LENGTH), 1);
    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.text()).startsWith("{\"status\":400,\"error\":\"incomplete-body\","
        + "\"message\":\"the request body ended before its Content-Length or last chunk (");
  }

  /** Found by the fuzz run: `DELETE *` got Jetty's 400 with an empty body. */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void asteriskTargetIsAJsonError(Engine engine) {
    Sample sample = SERVERS.on(engine);
    RawHttp.Response answer = RawHttp.send(sample.app.port(), new RawHttp.Request("DELETE", "*",
        Map.of("Host", "localhost"), new byte[0], RawHttp.Framing.LENGTH), 1);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text()).startsWith("{\"status\":400,\"error\":\"bad-request\",");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void headersOverEightKibibytesAre431AndALongRequestLine414(Engine engine) {
    Sample sample = SERVERS.on(engine);
    RawHttp.Response headers = RawHttp.send(sample.app.port(), new RawHttp.Request("GET",
        "/api/customers", Map.of("Host", "localhost", "X-Big", "x".repeat(9_000)), new byte[0],
        RawHttp.Framing.LENGTH), 1);
    RawHttp.Response line = RawHttp.send(sample.app.port(), new RawHttp.Request("GET",
        "/api/customers?where[lastname]=" + "x".repeat(9_000), Map.of("Host", "localhost"),
        new byte[0], RawHttp.Framing.LENGTH), 1);

    assertThat(headers.status()).as(headers.text()).isEqualTo(431);
    assertThat(headers.text()).startsWith("{\"status\":431,\"error\":\"headers-too-large\",");
    assertThat(line.status()).as(line.text()).isEqualTo(414);
    assertThat(line.text()).startsWith("{\"status\":414,\"error\":\"uri-too-long\",");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void jsonNestedTooDeepOrWithTooLongANumberIs400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response deep = sample.http.post("/api/customers",
        "[".repeat(1_001) + "]".repeat(1_001));
    Http.Response number = sample.http.post("/api/customers",
        "{\"firstname\":\"A\",\"age\":" + "9".repeat(1_001) + "}");

    for (Http.Response answer : List.of(deep, number)) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
      assertThat(answer.json().path("error").asText()).isEqualTo("bad-json");
    }
    assertThat(deep.json().path("message").asText()).contains("nesting depth (1001)");
    assertThat(number.json().path("message").asText()).contains("Number value length (1001)");
  }

  /**
   * Found by the fuzz run: PostgreSQL cannot store the NUL character and answered 500; it is a
   * 400 before any SQL on every database.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void nulCharacterInTextIs400BeforeAnySql(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response body = sample.http.post("/api/profiles", "{\"address\":\"a\\u0000b\"}");
    assertThat(body.status()).as(body.toString()).isEqualTo(400);
    assertThat(body.json().path("violations").get(0).path("message").asText())
        .isEqualTo("user_profiles.address must not contain the NUL character (\\u0000) (got "
            + "\"a\\u0000b\")");

    for (String query : List.of("where[firstname]=a%00b", "where[firstname][like]=%00%25",
        "where[firstname][in]=a,%00")) {
      Http.Response where = sample.http.get("/api/customers?" + query);
      assertThat(where.status()).as(query + " " + where).isEqualTo(400);
      assertThat(where.json().path("message").asText())
          .contains("customers.firstname must not contain the NUL character");
    }

    String tutorial = sample.http.post("/api/tutorials", "{\"title\":\"T\"}").json()
        .path("id").asText();
    Http.Response tree = sample.http.put("/api/tutorials/" + tutorial + "/with-comments",
        "{\"title\":\"T\",\"version\":0,\"comments\":[{\"name\":\"\\u0000\",\"text\":\"t\"}]}");
    assertThat(tree.status()).as(tree.toString()).isEqualTo(400);
    assertThat(tree.json().path("message").asText())
        .isEqualTo("name must not contain the NUL character (\\u0000)");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void bodyOverOneMebibyteIs413WhateverTheTransferEncoding(Engine engine) throws Exception {
    Sample sample = SERVERS.on(engine);
    byte[] large = ("{\"firstname\":\"" + "x".repeat(2 << 20) + "\"}")
        .getBytes(StandardCharsets.UTF_8);

    Http.Response sized = send(sample, "/api/customers", "application/json",
        HttpRequest.BodyPublishers.ofByteArray(large));
    // No length known: java.net.http sends it chunked.
    Http.Response chunked = send(sample, "/api/customers", "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

    for (Http.Response answer : List.of(sized, chunked)) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
      assertThat(answer.json().path("error").asText()).isEqualTo("body-too-large");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void queryLimitsAre400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response limit = sample.http.get("/api/customers?limit=10001");
    assertThat(limit.status()).as(limit.toString()).isEqualTo(400);
    assertThat(limit.json().path("message").asText())
        .isEqualTo("limit must be at most 10000 rows (got 10001); page with offset");

    Http.Response deep = sample.http.get("/api/comments?include=tutorial.comments.tutorial.tags");
    assertThat(deep.status()).as(deep.toString()).isEqualTo(400);
    assertThat(deep.json().path("message").asText()).contains("at most 3 levels");

    String ids = IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString)
        .collect(Collectors.joining(","));
    Http.Response in = sample.http.get("/api/customers?where[id][in]=" + ids);
    assertThat(in.status()).as(in.toString()).isEqualTo(400);
    assertThat(in.json().path("message").asText()).contains("at most 1000 values (got 1001)");

    Http.Response nothing = sample.http.get("/api/customers?exclude=id,firstname,lastname,age,deletedAt");
    assertThat(nothing.status()).as(nothing.toString()).isEqualTo(400);
    assertThat(nothing.json().path("message").asText()).startsWith("A find on customers excludes");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void textOverWhatMariaDbHoldsIsAValidationErrorEverywhere(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response tutorial = sample.http.post("/api/tutorials", "{\"title\":\"Big\","
        + "\"description\":\"" + "x".repeat(65_536) + "\"}");
    assertThat(tutorial.status()).as(tutorial.toString()).isEqualTo(400);
    assertThat(tutorial.json().path("error").asText()).isEqualTo("validation");
    assertThat(tutorial.json().path("violations").get(0).path("column").asText())
        .isEqualTo("description");
  }

  /**
   * Another transaction holds the row an update needs: the update waits until the statement
   * deadline cancels it (on H2 its own 2 s lock timeout comes first, a timeout too), and the
   * client gets 503 {@code timeout} in JSON, not a hung request or a 500. Nothing was written,
   * and the same update goes through once the lock is released.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void statementBlockedPastTheDeadlineIs503Timeout(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Locked");
    String id = sample.http.post("/api/customers",
        "{\"firstname\":\"Ada\",\"lastname\":\"" + lastname + "\",\"age\":36}")
        .json().path("id").asText();

    Http.Response blocked;
    Duration waited;
    try (Handle other = sample.db.jdbi().open()) {
      other.begin();
      other.execute("UPDATE " + sample.q("customers") + " SET " + sample.q("age") + " = 40 WHERE "
          + sample.q("id") + " = ?", Long.valueOf(id));
      long start = System.nanoTime();
      blocked = sample.http.put("/api/customers/" + id, "{\"age\":37}");
      waited = Duration.ofNanos(System.nanoTime() - start);
      other.rollback();
    }

    assertThat(blocked.status()).as(blocked.toString()).isEqualTo(503);
    assertThat(blocked.body()).isEqualTo("{\"status\":503,\"error\":\"timeout\",\"message\":"
        + "\"the database did not answer in time; try again\",\"violations\":[]}");
    if (engine == Engine.H2) {
      assertThat(waited).as("the request's wait").isLessThan(Database.STATEMENT_TIMEOUT);
    } else {
      assertThat(waited).as("the request's wait").isBetween(
          Database.STATEMENT_TIMEOUT.minusMillis(500), Database.STATEMENT_TIMEOUT.plusSeconds(10));
    }
    assertThat(sample.count("customers", "lastname", lastname)).isEqualTo(1);
    assertThat(sample.number("SELECT " + sample.q("age") + " FROM " + sample.q("customers")
        + " WHERE " + sample.q("id") + " = ?", Long.valueOf(id))).isEqualTo(36);

    Http.Response after = sample.http.put("/api/customers/" + id, "{\"age\":37}");
    assertThat(after.status()).as(after.toString()).isEqualTo(200);
    assertThat(after.json().path("age").asInt()).isEqualTo(37);
  }

  @Test
  void listsWithoutLimitGetTheDefaultPage() {
    Sample sample = SERVERS.on(Engine.H2);
    String lastname = Sample.unique("Paged");
    sample.db.execute("INSERT INTO " + sample.q("customers") + " (" + sample.q("firstname") + ", "
        + sample.q("lastname") + ", " + sample.q("age") + ") SELECT 'P', '" + lastname
        + "', 1 FROM SYSTEM_RANGE(1, 5001)");
    Http.Response page = sample.http.get("/api/customers?where[lastname]=" + lastname);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json()).hasSize(5_000);
    assertThat(sample.http.get("/api/customers?limit=5001&where[lastname]=" + lastname).json())
        .hasSize(5_001);
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
  void databaseOutageAnswers503QuicklyAndHealthSaysSo(Engine engine) throws Exception {
    TestDatabase db = TestDatabase.create(engine);
    URI server = URI.create(db.jdbcUrl().substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort())) {
      String url = db.jdbcUrl().replace(":" + server.getPort() + "/", ":" + proxy.port() + "/");
      Options options = Options.parse(List.of("--port", "0", "--db-url", url), Map.of());
      try (SampleApp app = SampleApp.start(options, System.out)) {
        Http http = new Http(app.port());
        assertThat(http.get("/health").json().path("status").asText()).isEqualTo("up");
        assertThat(http.post("/api/customers", "{\"firstname\":\"Ada\",\"age\":36}").status())
            .isEqualTo(201);

        proxy.cut();
        long start = System.nanoTime();
        Http.Response list = http.get("/api/customers");
        Http.Response create = http.post("/api/customers", "{\"firstname\":\"Bob\",\"age\":1}");
        Http.Response health = http.get("/health");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .as("three requests during the outage").isLessThan(Duration.ofSeconds(15));
        for (Http.Response answer : List.of(list, create)) {
          assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
          assertThat(answer.json().path("error").asText()).isIn("database-unavailable", "timeout");
        }
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("database").path("status").asText()).isEqualTo("down");

        proxy.restore();
        Http.Response again = http.get("/api/customers");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).hasSize(1);
        assertThat(http.get("/health").status()).isEqualTo(200);
      }
    } finally {
      db.close();
    }
  }
}
