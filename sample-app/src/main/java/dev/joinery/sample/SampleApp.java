package dev.joinery.sample;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.joinery.jackson.JoineryModule;
import dev.joinery.meta.TableColumn;
import dev.joinery.sample.api.Api;
import dev.joinery.sample.api.Routes;
import dev.joinery.sample.api.request.PasswordHasher;
import dev.joinery.sample.api.request.QueryParser;
import dev.joinery.sample.api.request.RecordReader;
import dev.joinery.sample.api.request.Secrets;
import dev.joinery.sample.api.response.ErrorBody;
import dev.joinery.sample.api.response.ErrorMapper;
import dev.joinery.sample.api.response.JsonErrorHandler;
import dev.joinery.sample.model.JoinerySchema;
import io.javalin.Javalin;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The running sample: a pooled connection to the database, the schema synced, and the HTTP server
 * (Javalin routes, Jackson JSON, one error shape). {@link Main} starts it from the command line;
 * the end-to-end tests start it the same way on databases of their own.
 */
public final class SampleApp implements AutoCloseable {
  /** OWASP's 2023 work factor for PBKDF2-HMAC-SHA256. */
  static final int PASSWORD_ITERATIONS = 600_000;

  private final Database database;
  private final Javalin server;

  private SampleApp(Database database, Javalin server) {
    this.database = database;
    this.server = server;
  }

  /**
   * Connects to {@code options.dbUrl()}, syncs {@code JoinerySchema} in the chosen mode and
   * serves on {@code options.port()} ({@code 0} picks a free one, see {@link #port()}).
   *
   * @param log where the SQL goes with {@code --log-sql}
   */
  public static SampleApp start(Options options, PrintStream log) {
    Database database = Database.open(options, log);
    try {
      database.sync(options.sync());
      return new SampleApp(database, serve(database, options.port()));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Javalin serve(Database database, int port) {
    Jdbi jdbi = database.jdbi();
    ObjectMapper mapper = objectMapper();
    Secrets secrets = new Secrets(secretColumns(), new PasswordHasher(PASSWORD_ITERATIONS)::hash);
    Api api = new Api(jdbi, mapper, new QueryParser(secrets), new RecordReader(secrets));
    ErrorMapper errors = new ErrorMapper(JoinerySchema.tables());

    Javalin server = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.jsonMapper(new JavalinJackson(mapper, false));
      // Requests Jetty refuses itself are answered in the same JSON as the app's own errors.
      config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorHandler(mapper)));
      config.jetty.modifyServletContextHandler(context ->
          context.setErrorHandler(new JsonErrorHandler(mapper)));
    });
    ExceptionHandler<Exception> answer = (failure, ctx) -> {
      ErrorBody body = errors.map(failure);
      ctx.status(body.status()).json(body);
    };
    server.exception(Exception.class, answer);
    // Javalin answers its own 404/405 in plain text unless this exact type has a handler.
    server.exception(HttpResponseException.class, answer);
    Routes.register(server, api);
    server.get("/health", ctx -> {
      boolean up = database.isUp();
      ctx.status(up ? 200 : 503).json(Map.of("status", up ? "up" : "down",
          "database", Map.of("status", up ? "up" : "down", "dialect", database.dialectName())));
    });
    return server.start(port);
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** What the app is connected to, for the start-up banner. */
  public String databaseDescription() {
    return database.description();
  }

  /** Stops serving, then closes the connection pool. */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      database.close();
    }
  }

  /** The {@code @Secret} columns of every table: the author's password. */
  private static Set<TableColumn<?, ?>> secretColumns() {
    Set<TableColumn<?, ?>> secret = new HashSet<>();
    JoinerySchema.tables().forEach(table -> table.columns().stream()
        .filter(TableColumn::isSecret).forEach(secret::add));
    return secret;
  }

  /**
   * Jackson as the API speaks it: records as loaded, secrets left out (joinery-jackson); instants as ISO-8601 text, decimals without rounding, and a
   * body with a duplicated key or trailing garbage refused as bad JSON rather than half-read.
   */
  public static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new JoineryModule())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
