package dev.joinery.it.takeover;

import static org.assertj.core.api.Assertions.fail;

import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code src/test/sequelize/takeover.js} with Node: Sequelize 6 from the npm registry,
 * installed once by {@code npm ci} from the lockfile into {@code target/sequelize} (again only when
 * the lockfile changes). Without {@code node} the takeover tests are skipped, or fail when
 * {@code CI=true}.
 */
public final class SequelizeNode {
  private static final Path SOURCE = Path.of("src", "test", "sequelize");
  private static final Path WORK = Path.of("target", "sequelize");
  private static final String NODE = System.getenv().getOrDefault("JOINERY_NODE", "node");
  private static final String NPM = System.getenv().getOrDefault("JOINERY_NPM", "npm");

  private SequelizeNode() {}

  /**
   * Sequelize syncs {@code tutorial}'s models on {@code db} and fills them; returns what its
   * {@code findAll} with the tutorial's includes returned, as JSON text.
   */
  public static String fill(TestDatabase db, String tutorial) {
    Path out = WORK.resolve("out").resolve(db.name());
    run(List.of("fill", dialect(db), host(db), port(db), user(db), db.name(),
        out.toAbsolutePath().toString(), tutorial));
    try {
      return Files.readString(out.resolve(tutorial + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Sequelize's {@code findAll} with {@code tutorial}'s includes reads from {@code db} now. */
  public static String read(TestDatabase db, String tutorial) {
    return run(List.of("read", dialect(db), host(db), port(db), user(db), db.name(), tutorial));
  }

  private static synchronized String run(List<String> arguments) {
    install();
    List<String> command = new ArrayList<>(List.of(NODE, "takeover.js"));
    command.addAll(arguments);
    return exec(command, 60);
  }

  /** {@code npm ci} unless {@code target/sequelize} has the lockfile's packages already. */
  private static void install() {
    try {
      Files.createDirectories(WORK);
      for (String file : List.of("package.json", "package-lock.json", "takeover.js")) {
        Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      Path stamp = WORK.resolve("node_modules").resolve(".joinery-lock");
      byte[] lock = Files.readAllBytes(SOURCE.resolve("package-lock.json"));
      if (Files.exists(stamp) && java.util.Arrays.equals(Files.readAllBytes(stamp), lock)) return;
      exec(List.of(NPM, "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
      Files.write(stamp, lock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String exec(List<String> command, int timeoutSeconds) {
    try {
      Path log = Files.createTempFile("joinery-node", ".log");
      Process process;
      try {
        process = new ProcessBuilder(command).directory(WORK.toFile())
            .redirectError(log.toFile()).start();
      } catch (IOException notInstalled) {
        String message = command.get(0) + " cannot run (" + notInstalled.getMessage() + ")";
        if ("true".equals(System.getenv("CI"))) fail(message + "; CI=true makes this a failure");
        Assumptions.abort(message + ": skipping the Sequelize takeover tests");
        return "";
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      String errors = Files.readString(log);
      Files.delete(log);
      if (process.exitValue() != 0) {
        fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + errors);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String dialect(TestDatabase db) {
    return db.engine() == Engine.MARIADB ? "mysql" : "postgres";
  }

  private static URI server(TestDatabase db) {
    return URI.create(db.jdbcUrl().substring("jdbc:".length()));
  }

  private static String host(TestDatabase db) {
    return server(db).getHost();
  }

  private static String port(TestDatabase db) {
    return String.valueOf(server(db).getPort());
  }

  private static String user(TestDatabase db) {
    String query = server(db).getQuery();
    for (String parameter : query == null ? new String[0] : query.split("&")) {
      if (parameter.startsWith("user=")) return parameter.substring("user=".length());
    }
    return db.engine() == Engine.MARIADB ? "root" : "postgres";
  }
}
