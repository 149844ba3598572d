import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times javac with the Joinery processor against javac with {@code -proc:none} on the same
 * generated sources, as a user's build would see it: each compilation is a fresh {@code javac}
 * process (a cold JVM, like a Maven or Gradle compile without a daemon), and the figures reported
 * are the medians of several repetitions: wall-clock time, and the CPU time (user + system, all
 * threads) of the javac process as {@code /usr/bin/time} reports it, which a machine busy with
 * other work inflates much less than the wall clock.
 *
 * <p>The input is a chain of N records in one package, each {@code @BelongsTo} the previous one
 * and {@code @HasMany} the next, over one foreign key per pair (an inverse pair, one constraint),
 * with ten components each: the shape issue 8 measured. Run by {@code processor-bench.sh}, which
 * builds the processor and passes the class paths:
 *
 * <pre>
 * java ProcessorBench.java --classpath CP --processorpath PP [--records 100,500,1000]
 *     [--reps 3] [--modes none,joinery,only] [--work DIR] [--javac-option OPTION]
 * </pre>
 *
 * {@code --javac-option} adds one option to every javac command, e.g. a profiler:
 * {@code -J-XX:StartFlightRecording=filename=joinery.jfr,settings=profile}.
 *
 * Modes: {@code none} = {@code -proc:none}; {@code joinery} = the processor, compiling the
 * generated code too; {@code only} = {@code -proc:only}, the processor alone; {@code generated} =
 * {@code -proc:none} over the records plus the sources the processor generated (run after
 * {@code joinery}): what compiling its output costs, the floor under {@code joinery}.
 */
public final class ProcessorBench {
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String classpath = required(options, "classpath");
    String processorpath = required(options, "processorpath");
    List<Integer> sizes = Arrays.stream(options.getOrDefault("records", "100,500,1000").split(","))
        .map(String::trim).map(Integer::parseInt).toList();
    int reps = Integer.parseInt(options.getOrDefault("reps", "3"));
    List<String> modes = List.of(options.getOrDefault("modes", "none,joinery").split(","));
    Path work = Path.of(options.getOrDefault("work", "target/processor-bench"));
    String extra = options.get("javac-option");
    String javac = Path.of(ProcessHandle.current().info().command().orElseThrow())
        .resolveSibling("javac").toString();

    Map<Integer, Map<String, Double>> wall = new LinkedHashMap<>();
    Map<Integer, Map<String, Double>> cpu = new LinkedHashMap<>();
    for (int n : sizes) {
      Path sources = generate(work.resolve("n" + n), n);
      Map<String, Double> wallByMode = new LinkedHashMap<>();
      Map<String, Double> cpuByMode = new LinkedHashMap<>();
      for (String mode : modes) {
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
          double[] seconds = compile(javac, work.resolve("n" + n), sources, classpath,
              processorpath, mode, extra);
          walls.add(seconds[0]);
          cpus.add(seconds[1]);
          System.out.printf(Locale.ROOT, "records=%d mode=%s rep=%d: wall %.2f s, cpu %.2f s%n",
              n, mode, rep + 1, seconds[0], seconds[1]);
        }
        wallByMode.put(mode, median(walls));
        cpuByMode.put(mode, median(cpus));
      }
      wall.put(n, wallByMode);
      cpu.put(n, cpuByMode);
    }
    report("Wall-clock seconds", wall, modes, reps);
    if (cpu.values().stream().allMatch(m -> m.values().stream().allMatch(v -> v >= 0))) {
      report("CPU seconds (user + system) of the javac process", cpu, modes, reps);
    }
  }

  /** Writes the chain {@code Node0001 … NodeN} and the list of source files javac reads. */
  static Path generate(Path dir, int n) throws IOException {
    Path src = dir.resolve("src/bench/chain");
    deleteTree(dir);
    Files.createDirectories(src);
    List<String> files = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String name = name(i);
      StringBuilder java = new StringBuilder()
          .append("package bench.chain;\n\n")
          .append("import dev.joinery.annotation.*;\n")
          .append("import java.util.List;\n\n")
          .append("@Table\n")
          .append("public record ").append(name).append("(\n")
          .append("    @Id @AutoIncrement Long id,\n")
          .append("    @Column(length = 100) String title,\n")
          .append("    String body,\n")
          .append("    int rank,\n")
          .append("    boolean active,\n")
          .append("    double score,\n")
          .append("    @CreatedAt java.time.Instant createdAt,\n")
          .append("    Long previousId");
      // Ten components: the eight above, the belongsTo and the hasMany. The ends of the chain
      // have one association less and a column instead, so every record has ten.
      if (i > 1) {
        java.append(",\n    @BelongsTo(foreignKey = \"previousId\") ").append(name(i - 1))
            .append(" previous");
      } else {
        java.append(",\n    String head");
      }
      if (i < n) {
        java.append(",\n    @HasMany(foreignKey = \"previousId\") List<").append(name(i + 1))
            .append("> nexts");
      } else {
        java.append(",\n    String tail");
      }
      java.append(") {}\n");
      Path file = src.resolve(name + ".java");
      Files.writeString(file, java);
      files.add(file.toAbsolutePath().toString());
    }
    Path list = dir.resolve("sources.txt");
    Files.write(list, files);
    return list;
  }

  static String name(int i) {
    return String.format(Locale.ROOT, "Node%04d", i);
  }

  /**
   * One javac process; returns its wall-clock and CPU seconds (CPU -1 without
   * {@code /usr/bin/time}), failing on a non-zero exit.
   */
  static double[] compile(String javac, Path dir, Path sources, String classpath,
      String processorpath, String mode, String extra)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + mode);
    deleteTree(out);
    Files.createDirectories(out);
    Path timing = dir.resolve("time-" + mode + ".txt");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    List<String> command = new ArrayList<>();
    if (timed) {
      command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", timing.toString()));
    }
    command.addAll(List.of(javac, "-J-Xmx2g", "-nowarn", "-d",
        out.toString(), "-s", out.toString(), "-cp", classpath));
    if (extra != null) {
      command.add(extra);
    }
    switch (mode) {
      case "none", "generated" -> command.add("-proc:none");
      case "joinery" -> command.addAll(List.of("-processorpath", processorpath));
      case "only" -> command.addAll(List.of("-proc:only", "-processorpath", processorpath));
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    if (mode.equals("generated")) {
      List<String> all = new ArrayList<>(Files.readAllLines(sources));
      try (Stream<Path> files = Files.walk(dir.resolve("out-joinery"))) {
        files.filter(f -> f.toString().endsWith(".java"))
            .forEach(f -> all.add(f.toAbsolutePath().toString()));
      }
      Path list = dir.resolve("sources-generated.txt");
      Files.write(list, all);
      command.add("@" + list);
    } else {
      command.add("@" + sources);
    }
    Path log = dir.resolve("javac-" + mode + ".log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("javac took more than 30 min; see " + log);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("javac failed (" + mode + "); see " + log);
    }
    double cpuSeconds = -1;
    if (timed) {
      String[] userSystem = Files.readAllLines(timing).get(0).trim().split(" ");
      cpuSeconds = Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1]);
    }
    return new double[] {seconds, cpuSeconds};
  }

  static void report(String what, Map<Integer, Map<String, Double>> medians, List<String> modes,
      int reps) {
    System.out.println();
    System.out.println(what + ", median of " + reps + " runs (one javac process each):");
    System.out.println();
    StringBuilder head = new StringBuilder("| records |");
    StringBuilder rule = new StringBuilder("| ---: |");
    for (String mode : modes) {
      head.append(" ").append(label(mode)).append(" |");
      rule.append(" ---: |");
    }
    boolean ratio = modes.contains("none") && modes.contains("joinery");
    if (ratio) {
      head.append(" Joinery / -proc:none |");
      rule.append(" ---: |");
    }
    head.append(" Joinery vs previous size |");
    rule.append(" ---: |");
    System.out.println(head);
    System.out.println(rule);
    Double previous = null;
    for (Map.Entry<Integer, Map<String, Double>> row : medians.entrySet()) {
      StringBuilder line = new StringBuilder("| " + row.getKey() + " |");
      for (String mode : modes) {
        line.append(String.format(Locale.ROOT, " %.1f s |", row.getValue().get(mode)));
      }
      if (ratio) {
        line.append(String.format(Locale.ROOT, " %.2f× |",
            row.getValue().get("joinery") / row.getValue().get("none")));
      }
      Double current = row.getValue().get(modes.contains("joinery") ? "joinery" : modes.get(0));
      line.append(previous == null ? " |"
          : String.format(Locale.ROOT, " %.2f× |", current / previous));
      previous = current;
      System.out.println(line);
    }
  }

  static String label(String mode) {
    return switch (mode) {
      case "none" -> "javac -proc:none";
      case "joinery" -> "javac + Joinery";
      case "only" -> "javac -proc:only";
      case "generated" -> "-proc:none, records + generated";
      default -> mode;
    };
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
