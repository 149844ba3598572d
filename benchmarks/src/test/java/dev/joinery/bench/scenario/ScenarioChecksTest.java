package dev.joinery.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.bench.Engine;
import dev.joinery.bench.Report;
import java.sql.DriverManager;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each scenario's trial setup outside JMH, on H2 and on MariaDB: seeding, both variants
 * once, their comparison. So a change to the runtime or the processor that makes the generated
 * DAO disagree with the hand-written JDBC, or send another number of statements than counted
 * here, fails the build instead of a benchmark run. No timing is asserted.
 */
class ScenarioChecksTest {

  static Stream<Arguments> scenarios() {
    // Statements of the DAO, then of the hand-written JDBC: a findByPk with its comments is one
    // joined statement for the DAO, two for the hand-written side as it is written now.
    List<Object[]> cases = List.of(
        new Object[] {(Supplier<Scenario<?>>) CustomersWithAddress::new, 1, 1, "20000 customers, 19000 addresses"},
        new Object[] {(Supplier<Scenario<?>>) TutorialsWithComments::new, 2, 2, "5000 tutorials, 50000 comments"},
        new Object[] {(Supplier<Scenario<?>>) TutorialsWithTags::new, 2, 2, "5000 tutorials, 15000 tag links"},
        new Object[] {(Supplier<Scenario<?>>) FindByPkWithComments::new, 5_000, 10_000,
            "5000 tutorials found, 50000 comments"},
        new Object[] {(Supplier<Scenario<?>>) NestedCreate::new, 4_000, 4_000,
            "2000 tutorials, 20000 comments created"},
        new Object[] {(Supplier<Scenario<?>>) PublishedPage::new, 2, 2,
            "100 tutorials (ids 2002..2200), 1000 comments"});
    return Stream.of(Engine.H2, Engine.MARIADB).flatMap(engine -> cases.stream()
        .map(c -> Arguments.of(engine, c[0], c[1], c[2], c[3])));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("scenarios")
  void bothVariantsReturnTheSameRows(Engine engine,
      Supplier<Scenario<?>> create, int daoStatements, int jdbcStatements, String rows)
      throws Exception {
    requireReachable(engine);
    Scenario<?> scenario = create.get();
    scenario.db = engine.name();
    try {
      Report report = scenario.prepare();
      assertThat(report.daoStatements()).isEqualTo(daoStatements);
      assertThat(report.jdbcStatements()).isEqualTo(jdbcStatements);
      assertThat(report.rows()).isEqualTo(rows);
    } finally {
      scenario.closeDatabase();
    }
  }

  /** Skips MariaDB when its server does not answer, unless {@code CI=true}. */
  private static void requireReachable(Engine engine) {
    if (engine != Engine.MARIADB) {
      return;
    }
    String url = System.getenv().getOrDefault("JOINERY_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306?user=root");
    String probe = url.contains("?") ? url.replaceFirst("\\?", "/?connectTimeout=3000&")
        : url + "/?connectTimeout=3000";
    try (var ignored = DriverManager.getConnection(probe)) {
      // reachable
    } catch (Exception e) {
      String message = "MariaDB not reachable at " + url + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
  }
}
