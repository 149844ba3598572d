package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 002: tutorials with many comments, over HTTP, on every database. */
class TutorialsTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  static long createTutorial(Sample sample, String title) {
    Http.Response created = sample.http.post("/api/tutorials",
        "{\"title\":\"" + title + "\",\"description\":\"" + title + " Description\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private static long createComment(Sample sample, long tutorialId, String name, String text) {
    Http.Response created = sample.http.post("/api/tutorials/" + tutorialId + "/comments",
        "{\"name\":\"" + name + "\",\"text\":\"" + text + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void replaysTheTutorialsControllerOfSeed002(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String title = Sample.unique("Tut");

    // createTutorial, createComment
    long tutorial = createTutorial(sample, title);
    long first = createComment(sample, tutorial, "bezkoder", "Good job!");
    long second = createComment(sample, tutorial, "zkoder", "One of the best tuts!");
    long other = createTutorial(sample, title + "-other");

    // findTutorialById, with its comments
    Http.Response withComments = sample.http.get("/api/tutorials/" + tutorial
        + "?include=comments&order[comments]=id");
    assertThat(withComments.status()).isEqualTo(200);
    assertThat(withComments.json().path("title").asText()).isEqualTo(title);
    assertThat(withComments.json().path("createdAt").asText()).isNotBlank();
    JsonNode comments = withComments.json().path("comments");
    assertThat(comments).hasSize(2);
    assertThat(comments.get(0).path("id").asLong()).isEqualTo(first);
    assertThat(comments.get(0).path("tutorialId").asLong()).isEqualTo(tutorial);
    assertThat(comments.get(1).path("text").asText()).isEqualTo("One of the best tuts!");

    // findCommentById, with its tutorial
    Http.Response comment = sample.http.get("/api/comments/" + second + "?include=tutorial");
    assertThat(comment.status()).isEqualTo(200);
    assertThat(comment.json().path("name").asText()).isEqualTo("zkoder");
    assertThat(comment.json().path("tutorial").path("title").asText()).isEqualTo(title);

    // findAll, with comments: a tutorial without any has an empty list, not null
    Http.Response all = sample.http.get("/api/tutorials?include=comments&order=id"
        + "&where[id][in]=" + tutorial + "," + other);
    assertThat(all.json()).hasSize(2);
    assertThat(all.json().get(0).path("comments")).hasSize(2);
    assertThat(all.json().get(1).path("comments").isArray()).isTrue();
    assertThat(all.json().get(1).path("comments")).isEmpty();

    // the newest comment per tutorial
    Http.Response newest = sample.http.get("/api/tutorials/" + tutorial
        + "?include=comments&order[comments]=-id&limit[comments]=1");
    assertThat(newest.json().path("comments")).hasSize(1);
    assertThat(newest.json().path("comments").get(0).path("id").asLong()).isEqualTo(second);

    assertThat(sample.count("comments", "tutorial_id", tutorial)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsATutorialWithItsCommentsInOneCall(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String title = Sample.unique("Nested");

    Http.Response created = sample.http.post("/api/tutorials", """
        {"title":"%s","comments":[{"name":"a","text":"first"},{"name":"b","text":"second"}]}"""
        .formatted(title));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    JsonNode comments = created.json().path("comments");
    assertThat(comments).hasSize(2);
    comments.forEach(c -> assertThat(c.path("tutorialId").asLong()).isEqualTo(id));
    assertThat(sample.count("comments", "tutorial_id", id)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesCommentsForAMissingTutorialOrWithTheirOwnKey(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String name = Sample.unique("lost");

    Http.Response missing = sample.http.post("/api/tutorials/99999999/comments",
        "{\"name\":\"" + name + "\",\"text\":\"hello\"}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("message").asText())
        .isEqualTo("no row of tutorials has the key 99999999");

    long tutorial = createTutorial(sample, Sample.unique("Keyed"));
    Http.Response keyed = sample.http.post("/api/tutorials/" + tutorial + "/comments",
        "{\"name\":\"" + name + "\",\"text\":\"hello\",\"tutorialId\":1}");
    assertThat(keyed.status()).isEqualTo(400);
    assertThat(keyed.json().path("message").asText())
        .isEqualTo("comments.tutorial_id is taken from the URL; leave it out");

    Http.Response empty = sample.http.post("/api/tutorials/" + tutorial + "/comments",
        "{\"name\":\"" + name + "\"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("message").asText()).isEqualTo("comments.text cannot be null");

    assertThat(sample.count("comments", "name", name)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void deletingATutorialKeepsItsCommentsWithoutIt(Engine engine) {
    Sample sample = SERVERS.on(engine);
    long tutorial = createTutorial(sample, Sample.unique("Doomed"));
    long comment = createComment(sample, tutorial, "orphan", "stays");

    assertThat(sample.http.delete("/api/tutorials/" + tutorial).status()).isEqualTo(204);

    // Sequelize's default for a nullable key: ON DELETE SET NULL.
    assertThat(sample.text("SELECT " + sample.q("tutorial_id") + " FROM " + sample.q("comments")
        + " WHERE " + sample.q("id") + " = ?", comment)).isNull();
    Http.Response alone = sample.http.get("/api/comments/" + comment + "?include=tutorial");
    assertThat(alone.json().has("tutorial")).as(alone.toString()).isTrue();
    assertThat(alone.json().path("tutorial").isNull()).isTrue();
  }

  static List<String> names(JsonNode rows) {
    List<String> names = new ArrayList<>();
    rows.forEach(row -> names.add(row.path("name").asText(row.path("title").asText())));
    return names;
  }
}
