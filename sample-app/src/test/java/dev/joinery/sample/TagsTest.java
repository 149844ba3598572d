package dev.joinery.sample;

import static dev.joinery.sample.TutorialsTest.createTutorial;
import static dev.joinery.sample.TutorialsTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tutorials and tags, many-to-many through {@code tutorial_tags}, on every database. */
class TagsTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static long createTag(Sample sample, String name) {
    Http.Response created = sample.http.post("/api/tags", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private long links(Sample sample, long tutorial) {
    return sample.count("tutorial_tags", "tutorial_id", tutorial);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void addsListsAndRemovesTagsBothWays(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String java = Sample.unique("java");
    String sql = Sample.unique("sql");
    long tutorial = createTutorial(sample, Sample.unique("Tagged"));
    long javaTag = createTag(sample, java);
    long sqlTag = createTag(sample, sql);

    Http.Response added = sample.http.put("/api/tutorials/" + tutorial + "/tags/" + javaTag, null);
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(names(added.json().path("tags"))).containsExactly(java);
    sample.http.put("/api/tutorials/" + tutorial + "/tags/" + sqlTag, null);
    // Adding again changes nothing: PUT is idempotent.
    Http.Response again = sample.http.put("/api/tutorials/" + tutorial + "/tags/" + javaTag, null);
    assertThat(names(again.json().path("tags"))).containsExactly(java, sql);
    assertThat(links(sample, tutorial)).isEqualTo(2);

    Http.Response tutorials = sample.http.get("/api/tutorials/" + tutorial
        + "?include=tags&order[tags]=name");
    assertThat(names(tutorials.json().path("tags"))).containsExactly(java, sql);
    Http.Response tags = sample.http.get("/api/tags?include=tutorials&where[id][in]="
        + javaTag + "," + sqlTag + "&order=name");
    assertThat(names(tags.json())).containsExactly(java, sql);
    assertThat(tags.json().get(0).path("tutorials").get(0).path("id").asLong())
        .isEqualTo(tutorial);

    assertThat(sample.http.delete("/api/tutorials/" + tutorial + "/tags/" + javaTag).status())
        .isEqualTo(204);
    assertThat(links(sample, tutorial)).isEqualTo(1);
    Http.Response notLinked = sample.http.delete("/api/tutorials/" + tutorial + "/tags/" + javaTag);
    assertThat(notLinked.status()).isEqualTo(404);
    assertThat(notLinked.json().path("message").asText())
        .isEqualTo("tutorial " + tutorial + " has no tag " + javaTag);
    assertThat(sample.http.get("/api/tags/" + javaTag + "?include=tutorials").json()
        .path("tutorials")).isEmpty();

    // Deleting the tutorial deletes its links (junction rows CASCADE), not the tags.
    assertThat(sample.http.delete("/api/tutorials/" + tutorial).status()).isEqualTo(204);
    assertThat(links(sample, tutorial)).isZero();
    assertThat(sample.count("tags", "id", sqlTag)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesADuplicateTagAndLinksToNothing(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String name = Sample.unique("dup");
    long tag = createTag(sample, name);

    Http.Response duplicate = sample.http.post("/api/tags", "{\"name\":\"" + name + "\"}");
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
    assertThat(duplicate.json().path("error").asText()).isEqualTo("unique");
    assertThat(duplicate.json().path("violations").get(0).path("table").asText())
        .isEqualTo("tags");
    assertThat(sample.count("tags", "name", name)).isEqualTo(1);

    long tutorial = createTutorial(sample, Sample.unique("Lonely"));
    assertThat(sample.http.put("/api/tutorials/" + tutorial + "/tags/99999999", null).status())
        .isEqualTo(404);
    assertThat(sample.http.put("/api/tutorials/99999999/tags/" + tag, null).status())
        .isEqualTo(404);
    assertThat(sample.http.put("/api/tutorials/" + tutorial + "/tags/x", null).status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsATutorialWithNewTagsOrLeavesNothingBehind(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String taken = Sample.unique("taken");
    createTag(sample, taken);
    String fresh = Sample.unique("fresh");
    String title = Sample.unique("WithTags");

    Http.Response created = sample.http.post("/api/tutorials",
        "{\"title\":\"" + title + "\",\"tags\":[{\"name\":\"" + fresh + "\"}]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long tutorial = created.json().path("id").asLong();
    assertThat(created.json().path("tags").get(0).path("id").asLong()).isPositive();
    assertThat(links(sample, tutorial)).isEqualTo(1);

    // The tutorial row is written before the tag collides; the rollback removes it again.
    String doomed = Sample.unique("Doomed");
    Http.Response failed = sample.http.post("/api/tutorials", "{\"title\":\"" + doomed
        + "\",\"comments\":[{\"name\":\"c\",\"text\":\"t\"}],\"tags\":[{\"name\":\"" + taken
        + "\"}]}");
    assertThat(failed.status()).as(failed.toString()).isEqualTo(409);
    assertThat(failed.json().path("error").asText()).isEqualTo("unique");
    assertThat(sample.count("tutorials", "title", doomed)).isZero();
    assertThat(sample.count("comments", "name", "c")).isZero();
    assertThat(sample.count("tags", "name", taken)).isEqualTo(1);
  }
}
