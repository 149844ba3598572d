package dev.joinery.bench.probe;

import dev.joinery.bench.BenchDatabase;
import dev.joinery.bench.Engine;
import dev.joinery.bench.model.TutorialDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Evidence for one finding of BENCHMARKS.md: what {@code handle.attach(TutorialDao.class)} costs
 * on a new handle, before and after the Jdbi-level extension metadata is warmed.
 *
 * <p>Jdbi copies its {@code Extensions} config, metadata cache included, into every handle. The
 * metadata a handle computes for a DAO interface (one entry per method, about 60 for a generated
 * DAO) stays in that copy and is gone with the handle, so each new handle computes it again,
 * unless the Jdbi's own config already holds it; {@code jdbi.withExtension} computes it there.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.joinery.bench.probe.AttachProbe [H2|MARIADB]
 * }</pre>
 *
 * Not a JMH benchmark: plain loops, printing the mean of the later rounds of each.
 */
public final class AttachProbe {
  private static final int ROUNDS = 8;
  private static final int PER_ROUND = 2_000;

  private AttachProbe() {}

  public static void main(String[] args) {
    Engine engine = Engine.valueOf(args.length > 0 ? args[0] : "H2");
    try (BenchDatabase db = BenchDatabase.create(engine)) {
      Jdbi jdbi = db.jdbi();
      double open = measure(() -> {
        try (Handle handle = jdbi.open()) {
          handle.getConnection();
        }
      });
      double cold = measure(() -> {
        try (Handle handle = jdbi.open()) {
          handle.attach(TutorialDao.class);
        }
      });
      jdbi.withExtension(TutorialDao.class, dao -> null);
      double warm = measure(() -> {
        try (Handle handle = jdbi.open()) {
          handle.attach(TutorialDao.class);
        }
      });
      System.out.printf(Locale.ROOT, "%s: jdbi.open() %.1f µs; open + attach(TutorialDao) %.1f µs; "
          + "the same after jdbi.withExtension(TutorialDao.class, …) %.1f µs%n",
          engine, open, cold, warm);
    }
  }

  /** Mean microseconds per run over the second half of the rounds (the first half warms up). */
  private static double measure(Runnable body) {
    List<Double> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < PER_ROUND; i++) {
        body.run();
      }
      rounds.add((System.nanoTime() - start) / 1e3 / PER_ROUND);
    }
    return rounds.subList(ROUNDS / 2, ROUNDS).stream().mapToDouble(x -> x).average().orElse(0);
  }
}
