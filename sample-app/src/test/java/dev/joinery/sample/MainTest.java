package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command line, the start-up banner and the curl lines it prints. */
class MainTest {

  @Test
  void defaultsToPort8080OnEmbeddedH2WithCreateSync() throws Exception {
    Options options = Options.parse(List.of(), Map.of());
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.dbUrl()).isEqualTo("jdbc:h2:mem:joinery;DB_CLOSE_DELAY=-1");
    assertThat(options.sync()).isEqualTo("create");
    assertThat(options.logSql()).isFalse();
    assertThat(options.poolMax()).isNull();
  }

  @Test
  void readsEveryOptionAndTheDatabaseFromTheEnvironment() throws Exception {
    Options options = Options.parse(List.of("--port=9090", "--pool-max", "10", "--pool-min", "2",
        "--pool-idle", "10000", "--pool-acquire=30000", "--log-sql", "--sync", "ALTER"),
        Map.of("JOINERY_DB_URL", "jdbc:postgresql://db/app", "JOINERY_DB_USER", "app"));
    assertThat(options).isEqualTo(new Options(9090, "jdbc:postgresql://db/app", "app", null, 10,
        2, 10_000L, 30_000L, true, "alter", false));

    Options flag = Options.parse(List.of("--db-url", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"),
        Map.of("JOINERY_DB_URL", "jdbc:mysql://ignored/db"));
    assertThat(flag.dbUrl()).as("the command line wins").isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
  }

  @Test
  void refusesWhatItCannotRun() {
    assertUsage(List.of("--port", "http"), "--port takes a whole number from 0 to 65535, not 'http'");
    assertUsage(List.of("--sync", "drop"), "--sync takes create, alter or force, not 'drop'");
    assertUsage(List.of("--db-url", "mysql://x"), "--db-url must be a JDBC URL (jdbc:...), not 'mysql://x'");
    assertUsage(List.of("--pool-min", "5", "--pool-max", "2"), "--pool-min 5 exceeds --pool-max 2");
    assertUsage(List.of("--port"), "--port needs a value");
    assertUsage(List.of("--verbose"), "unknown option '--verbose'");
  }

  private static void assertUsage(List<String> args, String message) {
    assertThatThrownBy(() -> Options.parse(args, Map.of()))
        .isInstanceOf(Options.UsageException.class).hasMessage(message);
  }

  @Test
  void printsTheUrlAndCurlLinesThatReplayTheTutorials() throws Exception {
    try (Sample sample = Sample.start(Engine.H2)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Options options = Options.parse(List.of(), Map.of());
      Main.printBanner(new PrintStream(bytes, true, StandardCharsets.UTF_8), options, sample.app);
      String banner = bytes.toString(StandardCharsets.UTF_8);

      String url = "http://localhost:" + sample.app.port();
      assertThat(banner).contains("Listening on " + url);
      assertThat(banner).contains("Joinery sample on H2");
      assertThat(banner).contains("  curl -s -g '" + url
          + "/api/customers?include=address&attributes[address]=street,postcode:zip'");
      assertThat(banner).contains("  curl -s -g -X POST '" + url + "/api/authors' -H "
          + "'Content-Type: application/json' -d '{\"username\":\"boris\"");

      // On the fresh database every line answers as the README says.
      for (Examples.Request request : Examples.ALL) {
        Http.Response response = sample.http.send(request.method(), request.path(),
            request.body());
        assertThat(response.status()).as(request.method() + " " + request.path() + " -> "
            + response).isEqualTo(request.expectedStatus());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void syncCreateAndAlterKeepTheRowsAndForceDropsThem(Engine engine) throws Exception {
    try (TestDatabase db = TestDatabase.create(engine)) {
      try (SampleApp app = start(db, "--sync", "create")) {
        assertThat(new Http(app.port()).post("/api/tags", "{\"name\":\"kept\"}").status())
            .isEqualTo(201);
      }
      for (String mode : List.of("alter", "create")) {
        try (SampleApp app = start(db, "--sync", mode)) {
          assertThat(new Http(app.port()).get("/api/tags").json()).as(mode).hasSize(1);
        }
      }
      try (SampleApp app = start(db, "--sync", "force")) {
        assertThat(new Http(app.port()).get("/api/tags").json()).isEmpty();
      }
    }
  }

  @Test
  void logsEveryStatementWithLogSql() throws Exception {
    try (TestDatabase db = TestDatabase.create(Engine.H2)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      try (SampleApp app = SampleApp.start(Options.parse(List.of("--port", "0", "--db-url",
          db.jdbcUrl(), "--log-sql", "--pool-max", "2", "--pool-min", "1", "--pool-idle", "10000",
          "--pool-acquire", "5000"), Map.of()), log)) {
        new Http(app.port()).get("/api/customers?include=address");
      }
      String logged = bytes.toString(StandardCharsets.UTF_8);
      assertThat(logged).contains("[sql] CREATE TABLE");
      assertThat(logged.lines().filter(line -> line.startsWith("[sql] SELECT"))
          .filter(line -> line.contains("customers") && line.contains("addresses")))
          .hasSize(1);
    }
  }

  private static SampleApp start(TestDatabase db, String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("--port", "0", "--db-url", db.jdbcUrl()));
    all.addAll(List.of(args));
    return SampleApp.start(Options.parse(all, Map.of()), System.out);
  }
}
