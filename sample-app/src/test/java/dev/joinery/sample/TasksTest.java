package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 001: users (table {@code task_users}) and tasks, {@code hasOne} with
 * {@code foreignKey: "task_owner"}, {@code sourceKey: "firstName"}, RESTRICT rules and the unique
 * index; on every database.
 */
class TasksTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static long createUser(Sample sample, String firstName) {
    Http.Response created = sample.http.post("/api/task-users",
        "{\"firstName\":\"" + firstName + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesASecondTaskForTheSameOwner(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String owner = Sample.unique("Nathan");
    createUser(sample, owner);

    Http.Response first = sample.http.post("/api/tasks",
        "{\"taskName\":\"Learn hasOne\",\"taskOwner\":\"" + owner + "\"}");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);

    Http.Response second = sample.http.post("/api/tasks",
        "{\"taskName\":\"Learn more\",\"taskOwner\":\"" + owner + "\"}");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().path("error").asText()).isEqualTo("unique");
    assertThat(second.json().path("violations").get(0).path("table").asText()).isEqualTo("tasks");
    assertThat(sample.count("tasks", "task_owner", owner)).isEqualTo(1);

    Http.Response nobody = sample.http.post("/api/tasks",
        "{\"taskName\":\"Lost\",\"taskOwner\":\"" + Sample.unique("Nobody") + "\"}");
    assertThat(nobody.status()).as(nobody.toString()).isEqualTo(409);
    assertThat(nobody.json().path("error").asText()).isEqualTo("foreign-key");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsAUserWithATaskKeyedByFirstName(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String owner = Sample.unique("Ulla");

    Http.Response created = sample.http.post("/api/task-users",
        "{\"firstName\":\"" + owner + "\",\"task\":{\"taskName\":\"Write docs\"}}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("task").path("taskOwner").asText()).isEqualTo(owner);
    Http.Response users = sample.http.get("/api/task-users?include=task&where[firstName]=" + owner);
    assertThat(users.json().get(0).path("task").path("taskName").asText()).isEqualTo("Write docs");
    Http.Response tasks = sample.http.get("/api/tasks?include=owner&where[taskOwner]=" + owner);
    assertThat(tasks.json().get(0).path("owner").path("firstName").asText()).isEqualTo(owner);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void restrictKeepsAnOwnerFromBeingDeletedOrRenamed(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String owner = Sample.unique("Rita");
    long id = createUser(sample, owner);
    sample.http.post("/api/tasks", "{\"taskName\":\"Stay\",\"taskOwner\":\"" + owner + "\"}");

    Http.Response delete = sample.http.delete("/api/task-users/" + id);
    assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
    assertThat(delete.json().path("error").asText()).isEqualTo("foreign-key");
    Http.Response rename = sample.http.put("/api/task-users/" + id,
        "{\"firstName\":\"" + owner + "-renamed\"}");
    assertThat(rename.status()).as(rename.toString()).isEqualTo(409);

    assertThat(sample.count("task_users", "first_name", owner)).isEqualTo(1);
    assertThat(sample.count("tasks", "task_owner", owner)).isEqualTo(1);

    // Without a task, the user goes.
    long free = createUser(sample, Sample.unique("Free"));
    assertThat(sample.http.delete("/api/task-users/" + free).status()).isEqualTo(204);
    assertThat(sample.count("task_users", "id", free)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void refusesADuplicateFirstName(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String owner = Sample.unique("Twin");
    createUser(sample, owner);

    Http.Response twin = sample.http.post("/api/task-users", "{\"firstName\":\"" + owner + "\"}");
    assertThat(twin.status()).isEqualTo(409);
    assertThat(twin.json().path("error").asText()).isEqualTo("unique");
    assertThat(sample.count("task_users", "first_name", owner)).isEqualTo(1);
  }
}
