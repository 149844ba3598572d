package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.StreamConfig;
import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * List routes write their JSON as the rows stream from the database: a list of several chunks
 * (the default chunk is 1,000 roots) comes out whole, in order, with its includes, as valid JSON
 * sent in chunks (no Content-Length: the server did not have the whole body before sending).
 */
class StreamedListTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static final int ROWS = 2 * StreamConfig.DEFAULT_CHUNK_SIZE + 500;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void customersBeyondAChunkComeOutCompleteWithTheirAddress(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String lastname = Sample.unique("Streamed");
    StringBuilder insert = new StringBuilder("INSERT INTO " + sample.q("customers") + " ("
        + sample.q("firstname") + ", " + sample.q("lastname") + ", " + sample.q("age") + ") VALUES ");
    for (int i = 0; i < ROWS; i++) {
      insert.append(i == 0 ? "" : ", ").append("('First").append(i).append("', '")
          .append(lastname).append("', ").append(i % 90).append(')');
    }
    sample.db.execute(insert.toString(), "INSERT INTO " + sample.q("addresses") + " ("
        + sample.q("street") + ", " + sample.q("postcode") + ", " + sample.q("customer_id")
        + ") SELECT 'West Street', '1234', " + sample.q("id") + " FROM " + sample.q("customers")
        + " WHERE " + sample.q("lastname") + " = '" + lastname + "'");

    Http.Response list = sample.http.get("/api/customers?include=address&order=id"
        + "&where[lastname]=" + lastname);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("Content-Type")).startsWith("application/json");
    assertThat(list.header("Content-Length")).isNull();
    assertThat(list.header("Transfer-Encoding")).isEqualTo("chunked");
    JsonNode rows = list.json();
    assertThat(rows.isArray()).as("valid JSON array").isTrue();
    assertThat(rows).hasSize(ROWS);
    for (int i = 0; i < ROWS; i++) {
      JsonNode customer = rows.get(i);
      assertThat(customer.path("firstname").asText()).isEqualTo("First" + i);
      assertThat(customer.path("address").path("customerId").asLong())
          .isEqualTo(customer.path("id").asLong());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void tutorialsBeyondAChunkComeOutWithTheirComments(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String description = Sample.unique("Streamed tutorial");
    String now = "CURRENT_TIMESTAMP";
    StringBuilder insert = new StringBuilder("INSERT INTO " + sample.q("tutorials") + " ("
        + sample.q("title") + ", " + sample.q("description") + ", " + sample.q("created_at")
        + ", " + sample.q("updated_at") + ") VALUES ");
    for (int i = 0; i < ROWS; i++) {
      insert.append(i == 0 ? "" : ", ").append("('Tutorial ").append(i).append("', '")
          .append(description).append("', ").append(now).append(", ").append(now).append(')');
    }
    String comments = "INSERT INTO " + sample.q("comments") + " (" + sample.q("name") + ", "
        + sample.q("text") + ", " + sample.q("tutorial_id") + ", " + sample.q("created_at") + ", "
        + sample.q("updated_at") + ") SELECT 'Reader', 'Thanks', " + sample.q("id") + ", " + now
        + ", " + now + " FROM " + sample.q("tutorials") + " WHERE " + sample.q("description")
        + " = '" + description + "'";
    sample.db.execute(insert.toString(), comments, comments);

    Http.Response list = sample.http.get("/api/tutorials?include=comments&order=id"
        + "&where[description]=" + description.replace(" ", "%20"));

    assertThat(list.status()).isEqualTo(200);
    JsonNode rows = list.json();
    assertThat(rows).hasSize(ROWS);
    for (int i = 0; i < ROWS; i++) {
      JsonNode tutorial = rows.get(i);
      assertThat(tutorial.path("title").asText()).isEqualTo("Tutorial " + i);
      assertThat(tutorial.path("comments")).hasSize(2);
      assertThat(tutorial.path("comments").get(1).path("tutorialId").asLong())
          .isEqualTo(tutorial.path("id").asLong());
    }
  }
}
