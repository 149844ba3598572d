package dev.joinery.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a trial's check found: statement counts of both variants and the rows they agreed on.
 * Printed in the benchmark's output, and appended as one tab-separated line to the file named by
 * the system property {@value #PROPERTY} when set, which is how {@link Main} gathers the counts
 * from the forked benchmark JVMs.
 *
 * @param benchmark the scenario's class name
 * @param title the scenario as the issue words it
 * @param engine the database
 * @param latencyMillis the delay added to each packet each way ({@link LatencyProxy}), 0 if none
 * @param daoStatements statements of one DAO operation, counted by a Jdbi {@code SqlLogger}
 * @param jdbcStatements statements of one hand-written operation, counted by hand
 * @param daoRoundTrips round trips of one DAO operation ({@link RoundTripCounter})
 * @param jdbcRoundTrips round trips of one hand-written operation, counted the same way
 * @param rows what both variants returned, equal, for example "20000 customers"
 */
public record Report(String benchmark, String title, Engine engine, double latencyMillis,
    int daoStatements,
    int jdbcStatements, int daoRoundTrips, int jdbcRoundTrips, String rows) {
  /** The system property naming the file the reports are appended to. */
  public static final String PROPERTY = "joinery.bench.report";

  /** Prints this report and appends it to the report file, if any. */
  public void publish() {
    System.out.printf("%n[joinery] %s on %s: results equal (%s); statements per op: DAO %d, JDBC %d;"
        + " round trips per op: DAO %d, JDBC %d%n",
        title, label(), rows, daoStatements, jdbcStatements, daoRoundTrips, jdbcRoundTrips);
    String file = System.getProperty(PROPERTY);
    if (file == null || file.isBlank()) {
      return;
    }
    String line = String.join("\t", benchmark, title, engine.name(), Double.toString(latencyMillis),
        Integer.toString(daoStatements), Integer.toString(jdbcStatements),
        Integer.toString(daoRoundTrips), Integer.toString(jdbcRoundTrips), rows) + "\n";
    try {
      Files.writeString(Path.of(file), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database as the results table names it: {@code MARIADB}, {@code MARIADB +0.25 ms}. */
  public String label() {
    return label(engine.name(), latencyMillis);
  }

  static String label(String db, double latencyMillis) {
    return latencyMillis > 0 ? db + " +" + new java.math.BigDecimal(Double.toString(latencyMillis))
        .stripTrailingZeros().toPlainString() + " ms" : db;
  }

  /** The reports in {@code file}; forks of the same trial report the same counts. */
  static List<Report> read(Path file) throws IOException {
    List<Report> reports = new ArrayList<>();
    if (!Files.exists(file)) {
      return reports;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length == 9) {
        reports.add(new Report(f[0], f[1], Engine.valueOf(f[2]), Double.parseDouble(f[3]),
            Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
            Integer.parseInt(f[7]), f[8]));
      }
    }
    return reports;
  }
}
