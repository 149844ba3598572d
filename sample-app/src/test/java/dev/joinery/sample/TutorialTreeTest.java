package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PUT /api/tutorials/{id}/with-comments: a tutorial with its comments in one call, versioned. */
class TutorialTreeTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  @ParameterizedTest
  @EnumSource(Engine.class)
  void updatesATutorialWithItsCommentsInOneCall(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String title = Sample.unique("Tree");
    Http.Response created = sample.http.post("/api/tutorials", "{\"title\":\"" + title + "\","
        + "\"comments\":[{\"name\":\"ann\",\"text\":\"nice\"},{\"name\":\"bob\",\"text\":\"meh\"}]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.json().path("version").asInt()).isZero();
    long ann = created.json().path("comments").get(0).path("id").asLong();
    long bob = created.json().path("comments").get(1).path("id").asLong();

    // ann's text changes, bob is left out, dee is new; the title changes too.
    Http.Response saved = sample.http.put("/api/tutorials/" + id + "/with-comments",
        "{\"title\":\"" + title + " revised\",\"version\":0,\"comments\":["
            + "{\"id\":" + ann + ",\"name\":\"ann\",\"text\":\"great\"},"
            + "{\"name\":\"dee\",\"text\":\"new\"}]}");

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().path("title").asText()).isEqualTo(title + " revised");
    assertThat(saved.json().path("version").asInt()).isEqualTo(1);
    JsonNode comments = saved.json().path("comments");
    assertThat(comments).hasSize(2);
    assertThat(comments.get(0).path("id").asLong()).isEqualTo(ann);
    assertThat(comments.get(0).path("text").asText()).isEqualTo("great");
    assertThat(comments.get(1).path("name").asText()).isEqualTo("dee");
    long dee = comments.get(1).path("id").asLong();
    assertThat(sample.count("comments", "tutorial_id", id)).isEqualTo(2);
    assertThat(sample.text("SELECT " + sample.q("text") + " FROM " + sample.q("comments")
        + " WHERE " + sample.q("id") + " = ?", ann)).isEqualTo("great");
    assertThat(sample.text("SELECT " + sample.q("tutorial_id") + " FROM " + sample.q("comments")
        + " WHERE " + sample.q("id") + " = ?", bob)).as("bob is detached").isNull();
    assertThat(sample.count("comments", "id", dee)).isEqualTo(1);

    // A client still holding version 0 is refused, and nothing it sent is written.
    Http.Response stale = sample.http.put("/api/tutorials/" + id + "/with-comments",
        "{\"title\":\"theirs\",\"version\":0,\"comments\":[]}");

    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.json().path("error").asText()).isEqualTo("stale");
    assertThat(stale.json().path("message").asText()).isEqualTo("Cannot update the tutorials row"
        + " with id = " + id + ": it was changed by someone else since it was read (version 0 was"
        + " read, it is at 1 now); read it again and reapply the change");
    assertThat(sample.count("comments", "tutorial_id", id)).isEqualTo(2);
    assertThat(sample.text("SELECT " + sample.q("title") + " FROM " + sample.q("tutorials")
        + " WHERE " + sample.q("id") + " = ?", id)).isEqualTo(title + " revised");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aCommentOfAnotherTutorialOrABodyWithoutVersionIsRefused(Engine engine) {
    Sample sample = SERVERS.on(engine);
    long mine = TutorialsTest.createTutorial(sample, Sample.unique("Mine"));
    Http.Response other = sample.http.post("/api/tutorials", "{\"title\":\"other\","
        + "\"comments\":[{\"name\":\"eve\",\"text\":\"hi\"}]}");
    long eve = other.json().path("comments").get(0).path("id").asLong();

    Http.Response stolen = sample.http.put("/api/tutorials/" + mine + "/with-comments",
        "{\"title\":\"mine\",\"version\":0,\"comments\":[{\"id\":" + eve
            + ",\"name\":\"eve\",\"text\":\"mine now\"}]}");
    assertThat(stolen.status()).as(stolen.toString()).isEqualTo(404);
    assertThat(stolen.json().path("message").asText())
        .contains("the comments row with id = " + eve + " is not one of them");
    assertThat(sample.count("comments", "tutorial_id", mine)).isZero();

    Http.Response unversioned = sample.http.put("/api/tutorials/" + mine + "/with-comments",
        "{\"title\":\"mine\",\"comments\":[]}");
    assertThat(unversioned.status()).as(unversioned.toString()).isEqualTo(400);
    assertThat(unversioned.json().path("message").asText()).startsWith("version must be");
  }
}
