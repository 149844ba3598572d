package dev.joinery.it.seeds.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.joinery.Joinery;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;

/**
 * The SQL log ({@code dev.joinery.sql} at DEBUG): every statement with its bound values and
 * elapsed time, the engine's and the application's, on a {@code Jdbi} over a data source Joinery
 * did not open, with seed 004's {@code @Secret} password masked. The lines are read from a
 * Logback appender; the elapsed time, which varies, is replaced by {@code n}.
 */
class SqlLogTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger("dev.joinery.sql");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private TestDatabase db;
  private Jdbi jdbi;
  private UserDao users;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "story_users", "stories");
    // The test pool, not Joinery's: the log comes with JoineryPlugin, whatever the DataSource.
    jdbi = Joinery.connect(db.dataSource()).jdbi();
    users = jdbi.onDemand(UserDao.class);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(lines);
    logger.setLevel(Level.DEBUG);
  }

  @DatabaseTest
  void engineStatementsShowTheirValuesWithTheSecretMasked(TestDatabase db) {
    User anna = users.create(User.of("anna", "anna@example.com", "blini"));
    users.update(List.of(UserTable.PASSWORD.set("pelmeni")), UserTable.USERNAME.eq("anna"));
    users.findAll(Query.where(UserTable.PASSWORD.eq("pelmeni")));
    users.destroyByPk(anna.userId());

    List<String> logged = logged();
    assertThat(logged).hasSize(4);
    assertThat(logged.get(0)).isEqualTo("INSERT INTO " + q("story_users") + " (" + q("username")
        + ", " + q("email") + ", " + q("password") + ") VALUES (?, ?, ?);"
        + " values: ['anna', 'anna@example.com', ***]; n ms");
    assertThat(logged.get(1)).isEqualTo("UPDATE " + q("story_users") + " SET " + q("password")
        + " = ? WHERE " + q("username") + " = ?; values: [***, 'anna']; n ms");
    assertThat(logged.get(2)).isEqualTo("SELECT t0." + q("user_id") + ", t0." + q("username")
        + ", t0." + q("email") + ", t0." + q("password") + " FROM " + q("story_users")
        + " t0 WHERE (t0." + q("password") + " = ?); values: [***]; n ms");
    assertThat(logged.get(3)).isEqualTo("DELETE FROM " + q("story_users") + " WHERE "
        + q("user_id") + " = ?; values: [" + anna.userId() + "]; n ms");
    assertThat(String.join("\n", logged)).doesNotContain("blini", "pelmeni");
  }

  @DatabaseTest
  void aBatchShowsEachRowAndANestedCreateEachStatement(TestDatabase db) {
    users.bulkCreate(List.of(User.of("anna", null, "blini"), User.of("boris", "b@example.com",
        "kvass")));
    User boris = users.create(new User(null, "vlad", null, "borscht",
        Story.of("pelmeni", "boil them")), UserTable.STORY);

    List<String> logged = logged();
    String insertUser = "INSERT INTO " + q("story_users") + " (" + q("username") + ", "
        + q("email") + ", " + q("password") + ") VALUES (?, ?, ?)";
    assertThat(logged.get(0)).isEqualTo(insertUser + "; batch of 2: ['anna', NULL, ***],"
        + " ['boris', 'b@example.com', ***]; n ms");
    assertThat(logged).contains(insertUser + "; values: ['vlad', NULL, ***]; n ms");
    // The story's timestamps are filled at run time: compared up to them.
    assertThat(logged.get(logged.size() - 1)).startsWith("INSERT INTO " + q("stories") + " ("
        + q("created_by") + ", " + q("title") + ", " + q("content") + ", " + q("created_at") + ", "
        + q("updated_at") + ") VALUES (?, ?, ?, ?, ?); values: [" + boris.userId()
        + ", 'pelmeni', 'boil them', '");
  }

  @DatabaseTest
  void applicationStatementsMaskNamedParametersThatNameASecretColumn(TestDatabase db) {
    users.create(User.of("anna", "anna@example.com", "blini"));
    lines.list.clear();
    String update = "UPDATE " + q("story_users") + " SET " + q("password") + " = ";
    jdbi.useHandle(h -> {
      h.createUpdate(update + ":password WHERE " + q("username") + " = :username")
          .bind("password", "pelmeni").bind("username", "anna").execute();
      h.createUpdate(update + ":u.password WHERE " + q("username") + " = :u.username")
          .bindMethods("u", User.of("anna", null, "kvass")).execute();
      // A positional value cannot be told from any other: it shows.
      h.createUpdate(update + "? WHERE " + q("username") + " = ?").bind(0, "borscht")
          .bind(1, "anna").execute();
      assertThat(h.createQuery("SELECT COUNT(*) FROM " + q("story_users")).mapTo(Integer.class)
          .one()).isOne();
    });

    assertThat(logged()).containsExactly(
        update + ":password WHERE " + q("username") + " = :username;"
            + " values: [password=***, username=anna]; n ms",
        update + ":u.password WHERE " + q("username") + " = :u.username;"
            + " values: [u.password=***, u.username=anna]; n ms",
        update + "? WHERE " + q("username") + " = ?; values: [borscht, anna]; n ms",
        "SELECT COUNT(*) FROM " + q("story_users") + "; n ms");
  }

  @DatabaseTest
  void aFailedStatementIsLoggedWithItsError(TestDatabase db) {
    String insert = "INSERT INTO " + q("stories") + " (" + q("created_by") + ", " + q("title")
        + ", " + q("content") + ") VALUES (:by, :title, :content)";
    assertThatThrownBy(() -> jdbi.useHandle(h -> h.createUpdate(insert).bind("by", 404)
        .bind("title", "t").bind("content", "c").execute()));

    assertThat(logged()).singleElement().asString()
        .startsWith(insert + "; values: [by=404, title=t, content=c]; failed after n ms: ");
  }

  @DatabaseTest
  void nothingIsLoggedBelowDebug(TestDatabase db) {
    logger.setLevel(Level.INFO);
    users.create(User.of("anna", "anna@example.com", "blini"));
    assertThat(lines.list).isEmpty();
  }

  /** The formatted lines, elapsed times replaced by {@code n}. */
  private List<String> logged() {
    return lines.list.stream()
        .peek(event -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG))
        .map(ILoggingEvent::getFormattedMessage)
        .map(line -> line.replaceAll("\\d+\\.\\d ms", "n ms"))
        .toList();
  }

  private String q(String identifier) {
    return db.q(identifier);
  }
}
