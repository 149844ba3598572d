package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Followers follow tags with a payload (how often to frequency), on every database. */
class FollowsTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static long create(Sample sample, String path, String body) {
    Http.Response created = sample.http.post(path, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  /** "tag|frequency" of each follow in a response list. */
  private static List<String> follows(JsonNode list) {
    List<String> lines = new ArrayList<>();
    list.forEach(f -> lines.add(f.path("tag").path("name").asText() + "|"
        + f.path("frequency").asText()));
    return lines;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void followsTagsWithAPayloadAndFiltersOnIt(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String java = Sample.unique("java");
    String sql = Sample.unique("sql");
    long follower = create(sample, "/api/followers",
        "{\"email\":\"" + Sample.unique("reader") + "@example.com\"}");
    long javaTag = create(sample, "/api/tags", "{\"name\":\"" + java + "\"}");
    long sqlTag = create(sample, "/api/tags", "{\"name\":\"" + sql + "\"}");

    Http.Response followed = sample.http.put("/api/followers/" + follower + "/tags/" + javaTag,
        "{\"frequency\":\"daily\"}");
    assertThat(followed.status()).as(followed.toString()).isEqualTo(201);
    assertThat(followed.json().path("tag").path("name").asText()).isEqualTo(java);
    assertThat(followed.json().path("frequency").asText()).isEqualTo("daily");
    assertThat(followed.json().path("createdAt").asText()).isNotEqualTo("null");
    sample.http.put("/api/followers/" + follower + "/tags/" + sqlTag, "{\"frequency\":\"weekly\"}");

    // The payload is in the link table, one row per follow.
    assertThat(sample.count("tag_follows", "follower_id", follower)).isEqualTo(2);
    assertThat(follows(sample.http.get("/api/followers/" + follower + "/tags").json()))
        .containsExactlyInAnyOrder(java + "|daily", sql + "|weekly");
    assertThat(follows(sample.http.get("/api/followers/" + follower + "/tags?frequency=daily")
        .json())).containsExactly(java + "|daily");

    // Following a tag twice is refused, and leaves the first follow as it was.
    Http.Response again = sample.http.put("/api/followers/" + follower + "/tags/" + javaTag,
        "{\"frequency\":\"weekly\"}");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(sample.count("tag_follows", "follower_id", follower)).isEqualTo(2);
  }
}
