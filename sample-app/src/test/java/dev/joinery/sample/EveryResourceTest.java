package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five CRUD routes of every table, on every database: create, read back (alone and in a
 * filtered list), change one column, delete, and the rows left after each step.
 */
class EveryResourceTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  /**
   * One table's routes.
   *
   * @param create the body of a valid row (may first create the rows it refers to)
   * @param change a body changing {@code property} to {@code value}
   */
  record Resource(String path, String table, String keyProperty, String keyColumn,
      Function<Sample, String> create, String property, String value) {
    String change() {
      return "{\"" + property + "\":\"" + value + "\"}";
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private static final List<Resource> RESOURCES = List.of(
      new Resource("/api/customers", "customers", "id", "id",
          s -> "{\"firstname\":\"C\",\"age\":40}", "lastname", "Changed"),
      new Resource("/api/addresses", "addresses", "id", "id",
          s -> "{\"street\":\"S\",\"customerId\":" + id(s, "/api/customers",
              "{\"firstname\":\"A\",\"age\":1}", "id") + "}", "postcode", "9999"),
      new Resource("/api/tutorials", "tutorials", "id", "id",
          s -> "{\"title\":\"T\"}", "description", "Changed"),
      new Resource("/api/comments", "comments", "id", "id",
          s -> "{\"name\":\"n\",\"text\":\"t\"}", "text", "Changed"),
      new Resource("/api/tags", "tags", "id", "id",
          s -> "{\"name\":\"" + Sample.unique("tag") + "\"}", "name", Sample.unique("renamed")),
      new Resource("/api/users", "users", "userId", "userId",
          s -> "{\"firstName\":\"F\"}", "lastName", "Changed"),
      new Resource("/api/profiles", "user_profiles", "userProfileId", "userProfileId",
          s -> "{\"address\":\"A\"}", "address", "Changed"),
      new Resource("/api/authors", "authors", "userId", "user_id",
          s -> "{\"username\":\"" + Sample.unique("author") + "\",\"password\":\"secret\"}",
          "email", "changed@example.com"),
      new Resource("/api/stories", "stories", "storyId", "story_id",
          s -> "{\"title\":\"t\",\"content\":\"c\",\"createdBy\":" + id(s, "/api/authors",
              "{\"username\":\"" + Sample.unique("writer") + "\",\"password\":\"p\"}", "userId")
              + "}", "title", "Changed"),
      new Resource("/api/task-users", "task_users", "id", "id",
          s -> "{\"firstName\":\"" + Sample.unique("Owner") + "\"}", "firstName",
          Sample.unique("Renamed")),
      new Resource("/api/tasks", "tasks", "id", "id",
          s -> {
            String owner = Sample.unique("Busy");
            id(s, "/api/task-users", "{\"firstName\":\"" + owner + "\"}", "id");
            return "{\"taskName\":\"x\",\"taskOwner\":\"" + owner + "\"}";
          }, "taskName", "Changed"));

  static Stream<Arguments> everyResourceOnEveryDatabase() {
    return Stream.of(Engine.values())
        .flatMap(engine -> RESOURCES.stream().map(resource -> Arguments.of(engine, resource)));
  }

  private static String id(Sample sample, String path, String body, String key) {
    Http.Response created = sample.http.post(path, body);
    assertThat(created.status()).as(path + " " + created).isEqualTo(201);
    return created.json().path(key).asText();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyResourceOnEveryDatabase")
  void createsReadsListsChangesAndDeletes(Engine engine, Resource resource) {
    Sample sample = SERVERS.on(engine);
    String one;

    Http.Response created = sample.http.post(resource.path(), resource.create().apply(sample));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String key = created.json().path(resource.keyProperty()).asText();
    one = resource.path() + "/" + key;
    assertThat(created.header("Location")).isEqualTo(one);
    Object boundKey = resource.keyProperty().endsWith("rofileId")
        || resource.path().equals("/api/users") ? sample.uuid(key) : Long.valueOf(key);
    assertThat(sample.count(resource.table(), resource.keyColumn(), boundKey)).isEqualTo(1);

    Http.Response read = sample.http.get(one);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).as("what was stored is what create answered")
        .isEqualTo(created.json());
    Http.Response listed = sample.http.get(resource.path() + "?where[" + resource.keyProperty()
        + "]=" + key);
    assertThat(listed.json()).containsExactly(created.json());

    Http.Response changed = sample.http.put(one, resource.change());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path(resource.property()).asText()).isEqualTo(resource.value());
    JsonNode reread = sample.http.get(one).json();
    assertThat(reread.path(resource.property()).asText()).isEqualTo(resource.value());

    assertThat(sample.http.delete(one).status()).isEqualTo(204);
    if (resource.table().equals("customers")) {
      // Paranoid (@DeletedAt): the row stays, marked; CustomersTest covers restore and force.
      assertThat(sample.number("SELECT COUNT(*) FROM " + sample.q("customers") + " WHERE "
          + sample.q("id") + " = ? AND " + sample.q("deleted_at") + " IS NULL", boundKey))
          .isZero();
    } else {
      assertThat(sample.count(resource.table(), resource.keyColumn(), boundKey)).isZero();
    }
    assertThat(sample.http.get(one).status()).isEqualTo(404);
    assertThat(sample.http.put(one, resource.change()).status()).isEqualTo(404);
    assertThat(sample.http.delete(one).status()).isEqualTo(404);
  }
}
