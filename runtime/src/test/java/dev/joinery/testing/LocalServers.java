package dev.joinery.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the harnesses that start servers of their own ({@link GaleraCluster},
 * {@link FoldingMariaDb}, the integration tests' replica pairs) do alike: find a directory their
 * servers can use, run a command to its log and wait for it, clear a directory.
 */
public final class LocalServers {
  private LocalServers() {}

  /**
   * {@code preferred}, or, when a server running as its own user ({@code postgres}, {@code mysql})
   * could not reach it because a directory above it is closed to other users (a checkout inside
   * a private {@code mktemp -d} directory), a directory of the same name under the system's
   * temporary directory, one per {@code preferred} path so that two checkouts never share it.
   */
  public static Path serviceDir(Path preferred) {
    Path absolute = preferred.toAbsolutePath().normalize();
    for (Path above = absolute.getParent(); above != null; above = above.getParent()) {
      if (Files.isDirectory(above) && !othersMayEnter(above)) {
        String checkout = "joinery-" + Integer.toHexString(absolute.toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), checkout,
            absolute.getFileName().toString());
      }
    }
    return absolute;
  }

  private static boolean othersMayEnter(Path dir) {
    try {
      return Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return true; // not a POSIX file system: nothing to work around
    }
  }

  /** Runs {@code command}, its output to {@code log}; fails unless it exits 0 within 2 minutes. */
  static void run(List<String> command, Path log) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Deletes {@code dir} and everything below it, if it exists. */
  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
