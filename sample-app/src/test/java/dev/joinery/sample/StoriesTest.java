package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 004: users (table {@code authors}) and stories with the aliases {@code story} and
 * {@code author}, unsigned keys, {@code created_at}/{@code updated_at}; on every database.
 */
class StoriesTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static JsonNode createAuthorWithStory(Sample sample, String username) {
    Http.Response created = sample.http.post("/api/authors", """
        {"username":"%s","email":"boris@example.com","password":"kvass123",
         "story":{"title":"cheeki breeki cheburek",
                  "content":"how to make cheburek at your cousin's place"}}""".formatted(username));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsAUserTogetherWithAStory(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String username = Sample.unique("boris");

    JsonNode author = createAuthorWithStory(sample, username);

    long userId = author.path("userId").asLong();
    assertThat(author.has("password")).as(author.toString()).isFalse();
    JsonNode story = author.path("story");
    assertThat(story.path("storyId").asLong()).isPositive();
    assertThat(story.path("createdBy").asLong()).as("created_by is filled in").isEqualTo(userId);
    assertThat(story.path("createdAt").asText()).isNotBlank();
    assertThat(story.path("updatedAt").asText()).isEqualTo(story.path("createdAt").asText());

    assertThat(sample.count("stories", "created_by", userId)).isEqualTo(1);
    String stored = sample.text("SELECT " + sample.q("password") + " FROM " + sample.q("authors")
        + " WHERE " + sample.q("username") + " = ?", username);
    assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("kvass123");
    assertThat(sample.text("SELECT " + sample.q("created_at") + " FROM " + sample.q("stories")
        + " WHERE " + sample.q("created_by") + " = ?", userId)).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void listsStoriesWithTheirAuthorButNeverThePassword(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String username = Sample.unique("ivan");
    long userId = createAuthorWithStory(sample, username).path("userId").asLong();

    Http.Response stories = sample.http.get("/api/stories?include=author&where[createdBy]="
        + userId);
    assertThat(stories.status()).as(stories.toString()).isEqualTo(200);
    JsonNode author = stories.json().get(0).path("author");
    assertThat(author.path("username").asText()).isEqualTo(username);
    assertThat(author.path("email").asText()).isEqualTo("boris@example.com");
    assertThat(author.has("password")).as(author.toString()).isFalse();

    Http.Response authors = sample.http.get("/api/authors/" + userId + "?include=story");
    assertThat(authors.json().has("password")).isFalse();
    assertThat(authors.json().path("story").path("title").asText())
        .isEqualTo("cheeki breeki cheburek");

    Http.Response selected = sample.http.get("/api/stories?include=author"
        + "&attributes[author]=username,password");
    assertThat(selected.status()).isEqualTo(400);
    assertThat(selected.json().path("message").asText()).isEqualTo(
        "attributes[author]: authors.password is write-only and cannot be selected");
    assertThat(sample.http.get("/api/authors?where[password]=kvass123").status()).isEqualTo(400);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesStoriesOfNobodyTwoStoriesOfOneUserAndMissingColumns(Engine engine) {
    Sample sample = SERVERS.on(engine);
    long userId = createAuthorWithStory(sample, Sample.unique("olga")).path("userId").asLong();

    Http.Response orphan = sample.http.post("/api/stories",
        "{\"createdBy\":99999999,\"title\":\"orphan\",\"content\":\"x\"}");
    assertThat(orphan.status()).as(orphan.toString()).isEqualTo(409);
    assertThat(orphan.json().path("error").asText()).isEqualTo("foreign-key");

    Http.Response second = sample.http.post("/api/stories",
        "{\"createdBy\":" + userId + ",\"title\":\"second\",\"content\":\"x\"}");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().path("error").asText()).isEqualTo("unique");
    assertThat(sample.count("stories", "created_by", userId)).isEqualTo(1);

    Http.Response incomplete = sample.http.post("/api/stories",
        "{\"createdBy\":-1,\"content\":\"x\"}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().path("violations")).hasSize(2);
    assertThat(incomplete.json().path("violations").findValuesAsText("message"))
        .containsExactlyInAnyOrder("stories.created_by must not be negative (got -1)",
            "stories.title cannot be null");
    assertThat(sample.count("stories", "title", "orphan")).isZero();

    Http.Response usernameTaken = sample.http.post("/api/authors",
        "{\"username\":\"" + sample.text("SELECT " + sample.q("username") + " FROM "
            + sample.q("authors") + " WHERE " + sample.q("user_id") + " = ?", userId)
        + "\",\"password\":\"p\",\"story\":{\"title\":\"t\",\"content\":\"c\"}}");
    assertThat(usernameTaken.status()).isEqualTo(409);
    assertThat(sample.count("stories", "title", "t")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void deletingAUserDeletesTheirStory(Engine engine) {
    Sample sample = SERVERS.on(engine);
    long userId = createAuthorWithStory(sample, Sample.unique("gone")).path("userId").asLong();

    assertThat(sample.http.delete("/api/authors/" + userId).status()).isEqualTo(204);

    // created_by is NOT NULL, so Sequelize's default rule is ON DELETE CASCADE.
    assertThat(sample.count("stories", "created_by", userId)).isZero();
  }
}
