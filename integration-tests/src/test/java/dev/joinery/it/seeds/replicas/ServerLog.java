package dev.joinery.it.seeds.replicas;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The statements a server logged (MariaDB's general log, PostgreSQL's {@code log_statement =
 * all}): where a statement ran, as the server saw it, not as the router meant it.
 */
final class ServerLog {
  private final Path file;
  private long mark;

  ServerLog(Path file) {
    this.file = file;
    this.mark = size();
  }

  /** Forgets what was logged so far: the counts start again from here. */
  ServerLog reset() {
    mark = size();
    return this;
  }

  /**
   * The statements logged since the last {@link #reset()} that start with {@code verb} and name
   * one of {@code tables}.
   */
  long count(String verb, String... tables) {
    String text = since();
    long count = 0;
    for (String line : text.split("\n")) {
      // MariaDB: "<id> Query\tSELECT ..."; PostgreSQL: "LOG:  execute <unnamed>: SELECT ..." or
      // "LOG:  statement: SELECT ...". Either way the verb follows a tab or ": ".
      boolean statement = line.contains("\t" + verb + " ") || line.contains(": " + verb + " ");
      if (statement && namesOne(line, tables)) {
        count++;
      }
    }
    return count;
  }

  long selects(String... tables) {
    return count("SELECT", tables);
  }

  private static boolean namesOne(String line, String[] tables) {
    for (String table : tables) {
      if (line.contains("`" + table + "`") || line.contains("\"" + table + "\"")) {
        return true;
      }
    }
    return false;
  }

  private String since() {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      byte[] bytes = new byte[(int) Math.max(0, length - mark)];
      in.seek(Math.min(mark, length));
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long size() {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
