package dev.joinery.sample;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar sample-app/target/joinery-sample.jar [--port N] [--db-url URL] …}: connects
 * (embedded H2 unless told otherwise), syncs the schema the processor generated, serves the REST
 * API and prints how to try it. See {@link Options#USAGE}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(List.of(args), System.getenv());
    } catch (Options.UsageException e) {
      System.err.println("joinery-sample: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(Options.USAGE);
      return;
    }
    SampleApp app;
    try {
      app = SampleApp.start(options, System.out);
    } catch (RuntimeException e) {
      System.err.println("joinery-sample: cannot start: " + e.getMessage());
      e.printStackTrace(System.err);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "joinery-sample-stop"));
    printBanner(System.out, options, app);
  }

  /** Where the app listens, on what, and the seed tutorials' checks as curl lines. */
  static void printBanner(PrintStream out, Options options, SampleApp app) {
    String url = "http://localhost:" + app.port();
    out.println("Joinery sample on " + app.databaseDescription() + ", schema synced ("
        + options.sync() + ")");
    out.println("Listening on " + url + "  (Ctrl+C stops)");
    out.println();
    out.println("Replay the tutorials' Postman checks:");
    for (Examples.Request request : Examples.ALL) {
      out.println("  " + request.curl(url));
    }
  }
}
