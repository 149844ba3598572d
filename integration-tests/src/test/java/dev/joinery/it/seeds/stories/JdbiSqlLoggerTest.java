package dev.joinery.it.seeds.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.joinery.JoineryPlugin;
import dev.joinery.UniqueConstraintException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Slf4JSqlLogger;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;

/**
 * An application that already logs SQL with Jdbi's own {@link Slf4JSqlLogger} (logger
 * {@code org.jdbi.sql}) and installs {@link JoineryPlugin} after it: what Jdbi prints of the
 * generated DAO's statements, and the arguments Jdbi puts in an exception's message, never show
 * the {@code @Secret} password, while the other values do. Jdbi renders a bound row through its
 * {@code toString}, which masks secret columns; the statements the engine runs on JDBC itself
 * (inserts, batches, finds) never reach a Jdbi {@code SqlLogger} at all.
 */
class JdbiSqlLoggerTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger("org.jdbi.sql");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level level;
  private TestDatabase db;
  private UserDao users;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "story_users", "stories");
    Jdbi jdbi = Jdbi.create(db.dataSource());
    jdbi.setSqlLogger(new Slf4JSqlLogger());
    jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new JoineryPlugin());
    users = jdbi.onDemand(UserDao.class);
    level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    // Read here, not printed too.
    logger.setAdditive(false);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(lines);
    logger.setLevel(level);
    logger.setAdditive(true);
  }

  @DatabaseTest
  void jdbisLoggerNeverShowsTheSecret(TestDatabase db) {
    User anna = users.create(User.of("anna", "anna@example.com", "blini"));
    users.update(new User(anna.userId(), "anna", "anna@example.org", "pelmeni", null));
    users.update(List.of(UserTable.PASSWORD.set("kvass")), UserTable.USERNAME.eq("anna"));
    users.bulkCreate(List.of(User.of("boris", "b@example.com", "borscht"),
        User.of("vlad", null, "syrniki")));
    assertThat(users.findAll(Query.where(UserTable.PASSWORD.eq("kvass")))).hasSize(1);

    assertThat(logged()).containsExactly(
        "'UPDATE " + q("story_users") + " SET " + q("username") + " = ?, " + q("email")
            + " = ?, " + q("password") + " = ? WHERE " + q("user_id") + " = ?' with parameters"
            + " '{pos:{0:['anna', 'anna@example.org', ***, " + anna.userId() + "]}}'",
        // The engine sets these values itself, so Jdbi's binding has none to print.
        "'UPDATE " + q("story_users") + " SET " + q("password") + " = ? WHERE "
            + q("username") + " = ?' with parameters '{}'");
    assertThat(String.join("\n", logged()))
        .doesNotContain("blini", "pelmeni", "kvass", "borscht", "syrniki");
  }

  @DatabaseTest
  void jdbisExceptionMessageMasksTheSecret(TestDatabase db) {
    User anna = users.create(User.of("anna", "anna@example.com", "blini"));

    assertThatThrownBy(() -> users.create(new User(anna.userId(), "anna2", null, "medovik", null)))
        .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
          String messages = String.join("\n", messages(e));
          assertThat(messages).contains("arguments:[" + anna.userId() + ", 'anna2', NULL, ***]")
              .doesNotContain("medovik");
        });
    assertThat(String.join("\n", logged())).doesNotContain("blini", "medovik");
  }

  /** Jdbi's lines, from the statement on (the elapsed time before it varies). */
  private List<String> logged() {
    return lines.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .map(line -> line.substring(line.indexOf('\'')))
        .toList();
  }

  private static List<String> messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }

  private String q(String identifier) {
    return db.q(identifier);
  }
}
