package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.testing.Engine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bounded, seeded fuzz run over real HTTP against the sample on each database: thousands of
 * malformed and odd requests ({@link FuzzRequests}) on every route, each answered, none with a
 * 5xx, and every error answer the app's JSON error body. A failure prints the requests that
 * reproduce it; request {@code i} depends only on the seed and {@code i}.
 *
 * <pre>
 * mvn -pl sample-app -am test -Dtest=HttpFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djoinery.fuzz.seed=42 -Djoinery.fuzz.requests=10000 -Djoinery.fuzz.seconds=600
 * </pre>
 */
class HttpFuzzTest {
  static final long SEED = Long.getLong("joinery.fuzz.seed", 20_261_202L);
  static final int REQUESTS = Integer.getInteger("joinery.fuzz.requests", 3_000);
  /** The run stops early, and passes on what it sent, when this budget is spent. */
  static final Duration BUDGET = Duration.ofSeconds(Long.getLong("joinery.fuzz.seconds", 60));
  private static final int MAX_REPORTED = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Engine.class)
  void noRequestAnswers5xxOrAnErrorThatIsNotJson(Engine engine) {
    try (Sample sample = Sample.start(engine)) {
      Map<String, List<String>> keys = seedRows(sample);
      long deadline = System.nanoTime() + BUDGET.toNanos();
      List<String> failures = new ArrayList<>();
      Map<Integer, Integer> statuses = new TreeMap<>();
      int sent = 0;
      for (int i = 0; i < REQUESTS && System.nanoTime() < deadline
          && failures.size() < MAX_REPORTED; i++) {
        long seed = SEED * 1_000_003L + i;
        RawHttp.Request request = new FuzzRequests(new Random(seed), keys).next();
        String problem;
        try {
          RawHttp.Response response = RawHttp.send(sample.app.port(), request, seed);
          statuses.merge(response.status(), 1, Integer::sum);
          problem = problem(request, response);
        } catch (RuntimeException e) {
          problem = "no answer: " + e;
        }
        if (problem != null) {
          failures.add("request #" + i + " (seed " + SEED + "): " + problem + "\n"
              + request.describe());
        }
        sent++;
      }
      System.out.println("fuzz on " + engine.displayName() + ": " + sent + " requests, seed "
          + SEED + ", statuses " + statuses);
      assertThat(failures).as("answers that were 5xx or not a JSON error, of " + sent
          + " requests on " + engine.displayName()).isEmpty();
      assertThat(sent).as("requests sent within the budget").isGreaterThanOrEqualTo(
          Math.min(REQUESTS, 500));
    }
  }

  /** What is wrong with the answer, or null. */
  private static String problem(RawHttp.Request request, RawHttp.Response response) {
    if (response.status() >= 500) {
      return "answered " + response.status() + ": " + response.text();
    }
    if (response.status() < 400 || request.method().equals("HEAD")) {
      return null;
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.path("error").isTextual()
        || body.path("status").asInt() != response.status()) {
      return "answered " + response.status() + " without the JSON error body: "
          + response.headers() + " " + response.text();
    }
    return null;
  }

  /** A few rows of every table, so that keys in paths and bodies hit real rows too. */
  private static Map<String, List<String>> seedRows(Sample sample) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Http http = sample.http;
    for (int i = 0; i < 3; i++) {
      String customer = created(keys, "customers", "id", http.post("/api/customers",
          "{\"firstname\":\"F" + i + "\",\"age\":" + i + ",\"address\":{\"street\":\"S\"}}"));
      created(keys, "addresses", "id", http.get("/api/customers/" + customer
          + "?include=address").json().path("address"));
      String tutorial = created(keys, "tutorials", "id", http.post("/api/tutorials",
          "{\"title\":\"T" + i + "\",\"comments\":[{\"name\":\"n\",\"text\":\"t\"}]}"));
      created(keys, "comments", "id", http.post("/api/tutorials/" + tutorial + "/comments",
          "{\"name\":\"n\",\"text\":\"t\"}"));
      created(keys, "tags", "id", http.post("/api/tags", "{\"name\":\"" + Sample.unique("fz")
          + "\"}"));
      created(keys, "followers", "id", http.post("/api/followers",
          "{\"email\":\"" + Sample.unique("f") + "@example.com\"}"));
      created(keys, "user_profiles", "userProfileId", http.post("/api/profiles",
          "{\"address\":\"A\"}"));
      created(keys, "users", "userId", http.post("/api/users", "{\"firstName\":\"U\"}"));
      String owner = Sample.unique("owner");
      created(keys, "task_users", "id", http.post("/api/task-users",
          "{\"firstName\":\"" + owner + "\"}"));
      created(keys, "tasks", "id", http.post("/api/tasks",
          "{\"taskName\":\"t\",\"taskOwner\":\"" + owner + "\"}"));
    }
    // One author (its password costs a hash) with a story.
    String author = created(keys, "authors", "userId", http.post("/api/authors",
        "{\"username\":\"" + Sample.unique("a") + "\",\"password\":\"p\"}"));
    created(keys, "stories", "storyId", http.post("/api/stories",
        "{\"title\":\"t\",\"content\":\"c\",\"createdBy\":" + author + "}"));
    return keys;
  }

  private static String created(Map<String, List<String>> keys, String table, String property,
      Http.Response response) {
    assertThat(response.status()).as(response.toString()).isIn(200, 201);
    return created(keys, table, property, response.json());
  }

  private static String created(Map<String, List<String>> keys, String table, String property,
      JsonNode row) {
    String key = row.path(property).asText();
    assertThat(key).as(table + " " + row).isNotEmpty();
    keys.computeIfAbsent(table, t -> new ArrayList<>()).add(key);
    return key;
  }
}
