package dev.joinery.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the suite and prints, per scenario and database, the mean time of the generated DAO and
 * of hand-written JDBC, their ratio and each side's statement count, as a Markdown table.
 *
 * <p>Takes JMH's own command-line options, which override the defaults of
 * {@link dev.joinery.bench.scenario.Scenario}: {@code -p db=H2} for one database,
 * {@code -f 2 -wi 3 -i 5} for more forks or iterations, {@code -prof gc} for a profiler, a
 * regular expression to run some scenarios only ({@code PublishedPage}). {@code -h} and
 * {@code -l} are JMH's help and list.
 *
 * <p>Without a regular expression or a {@code db} or {@code latency} parameter, a second pass
 * follows: scenarios 4, 5 and 6 on MariaDB and PostgreSQL through a {@link LatencyProxy} that
 * delays every packet by 0.25 ms each way ({@code -p latency=0.25} asks for it alone).
 *
 * <p>Unless other profilers are asked for, JMH's {@code gc} profiler runs too, for the bytes
 * allocated per operation: a figure that, unlike time, does not move with the machine's load.
 */
public final class Main {
  /** The ratio the project aims for in every scenario. */
  static final double GOAL = 1.05;

  private static final Set<String> JMH_ONLY = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");

  /** The delay the latency pass adds to every packet, each way. */
  static final String LATENCY_MILLIS = "0.25";

  /** The scenarios the latency pass runs: those of many round trips per operation, and a page. */
  static final String LATENCY_SET =
      "dev\\.joinery\\.bench\\.scenario\\.(FindByPkWithComments|NestedCreate|PublishedPage)\\..*";

  private Main() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      if (JMH_ONLY.contains(arg)) {
        org.openjdk.jmh.Main.main(args);
        return;
      }
    }
    CommandLineOptions cli = new CommandLineOptions(args);
    Path reports = Files.createTempFile("joinery-bench-", ".tsv");
    try {
      List<RunResult> results = new ArrayList<>(new Runner(options(cli, reports, null)).run());
      if (cli.getIncludes().isEmpty() && !cli.getParameter("latency").hasValue()
          && !cli.getParameter("db").hasValue()) {
        // The default run adds the scenarios where round trips dominate, through a network.
        results.addAll(new Runner(options(cli, reports, LATENCY_SET)).run());
      }
      System.out.println();
      System.out.println(table(results, Report.read(reports)));
    } finally {
      Files.deleteIfExists(reports);
    }
  }

  /**
   * The run's options: the command line's over the defaults; with {@code latencySet}, those
   * scenarios on the two servers through a {@link LatencyProxy} of {@value #LATENCY_MILLIS} ms.
   */
  private static Options options(CommandLineOptions cli, Path reports, String latencySet)
      throws Exception {
    List<String> jvmArgs = new ArrayList<>(cli.getJvmArgsAppend().orElse(List.of("-Xms2g", "-Xmx2g")));
    jvmArgs.add("-D" + Report.PROPERTY + "=" + reports.toAbsolutePath());
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli).jvmArgsAppend(jvmArgs.toArray(String[]::new));
    if (cli.getProfilers().isEmpty()) {
      builder.addProfiler(GCProfiler.class);
    }
    if (latencySet != null) {
      builder.include(latencySet).param("db", "MARIADB", "POSTGRESQL")
          .param("latency", LATENCY_MILLIS);
    } else if (cli.getIncludes().isEmpty()) {
      builder.include("dev\\.joinery\\.bench\\.scenario\\..*");
    }
    return builder.build();
  }

  /** One row per scenario and database that ran both variants. */
  static String table(Collection<RunResult> results, List<Report> reports) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      int dot = benchmark.lastIndexOf('.');
      String scenario = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      String variant = benchmark.substring(dot + 1);
      String latency = run.getParams().getParam("latency");
      String db = Report.label(run.getParams().getParam("db"),
          latency == null ? 0 : Double.parseDouble(latency));
      Row row = rows.computeIfAbsent(scenario + " " + db, k -> new Row(scenario, db));
      Result<?> allocated = run.getSecondaryResults().get("gc.alloc.rate.norm");
      if (variant.equals("dao")) {
        row.dao = run.getPrimaryResult();
        row.daoBytes = allocated;
      } else if (variant.equals("jdbc")) {
        row.jdbc = run.getPrimaryResult();
        row.jdbcBytes = allocated;
      }
    }
    for (Report report : reports) {
      Row row = rows.get(report.benchmark() + " " + report.label());
      if (row != null) {
        row.report = report;
      }
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(Comparator.comparing(Row::title).thenComparing(r -> r.db));

    StringBuilder out = new StringBuilder();
    out.append("| scenario | db | DAO ms/op | JDBC ms/op | DAO/JDBC | statements DAO / JDBC "
        + "| round trips DAO / JDBC | allocated MB/op DAO / JDBC | rows (equal in both) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row row : sorted) {
      out.append("| ").append(row.title()).append(" | ").append(row.db).append(" | ")
          .append(score(row.dao)).append(" | ").append(score(row.jdbc)).append(" | ")
          .append(row.ratio()).append(" | ")
          .append(row.report == null ? "?" : row.report.daoStatements() + " / " + row.report.jdbcStatements())
          .append(" | ")
          .append(row.report == null ? "?" : row.report.daoRoundTrips() + " / " + row.report.jdbcRoundTrips())
          .append(" | ").append(megabytes(row.daoBytes)).append(" / ").append(megabytes(row.jdbcBytes))
          .append(" | ").append(row.report == null ? "not checked" : row.report.rows()).append(" |\n");
    }
    out.append("\nDAO/JDBC: ratio of mean times (± from JMH's 99.9% intervals); goal ≤ ")
        .append(GOAL).append("×, marked ✗ where not met.\n");
    return out.toString();
  }

  private static String score(Result<?> result) {
    if (result == null) {
      return "—";
    }
    String error = Double.isNaN(result.getScoreError()) ? ""
        : String.format(Locale.ROOT, " ± %s", number(result.getScoreError()));
    return number(result.getScore()) + error;
  }

  private static String megabytes(Result<?> bytes) {
    return bytes == null ? "—" : number(bytes.getScore() / 1_000_000);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.3f", value);
  }

  /** The two variants of one scenario on one database. */
  private static final class Row {
    final String scenario;
    final String db;
    Result<?> dao;
    Result<?> jdbc;
    Result<?> daoBytes;
    Result<?> jdbcBytes;
    Report report;

    Row(String scenario, String db) {
      this.scenario = scenario;
      this.db = db;
    }

    String title() {
      return report == null ? scenario : report.title();
    }

    String ratio() {
      if (dao == null || jdbc == null) {
        return "—";
      }
      double ratio = dao.getScore() / jdbc.getScore();
      String text = String.format(Locale.ROOT, "%.2f", ratio);
      double relative = Math.hypot(dao.getScoreError() / dao.getScore(),
          jdbc.getScoreError() / jdbc.getScore());
      if (!Double.isNaN(relative)) {
        text += String.format(Locale.ROOT, " ± %.2f", ratio * relative);
      }
      return text + (ratio > GOAL ? " ✗" : "");
    }
  }
}
