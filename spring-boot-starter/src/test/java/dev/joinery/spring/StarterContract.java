package dev.joinery.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.Joinery;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.TableDef;
import dev.joinery.spring.shop.Author;
import dev.joinery.spring.shop.AuthorDao;
import dev.joinery.spring.shop.AuthorTable;
import dev.joinery.spring.shop.Book;
import dev.joinery.spring.shop.BookDao;
import dev.joinery.spring.shop.JoinerySchema;
import dev.joinery.spring.shop.Library;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the starter does for an application on one database: the application ({@code shop})
 * declares no Joinery bean, starts with {@code joinery.sync=alter} on a database where
 * {@code authors} exists without its {@code bio} column and {@code books} does not exist, and
 * writes through two injected DAOs inside {@code @Transactional} methods. Rows are counted with
 * Spring's {@link JdbcTemplate}, outside Joinery. Each subclass gives a database of its own and
 * turns the SQL log on with {@link #SQL_LOG} in its {@code @SpringBootTest} properties (read
 * before logging starts, unlike a {@code @DynamicPropertySource}).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StarterContract {
  static final String SQL_LOG = "logging.level.dev.joinery.sql=DEBUG";

  /** The database of the running subclass; one subclass runs at a time. */
  static TestDatabase database;

  @Autowired AuthorDao authors;
  @Autowired BookDao books;
  @Autowired Library library;
  @Autowired Joinery joinery;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  /** A fresh database with an older model: {@code authors} without {@code bio}, no books. */
  static void prepare(Engine engine) {
    database = TestDatabase.create(engine);
    TableDef authorsTable = AuthorTable.INSTANCE.definition();
    TableDef withoutBio = new TableDef(authorsTable.name(),
        authorsTable.columns().stream().filter(c -> !c.name().equals("bio")).toList(),
        authorsTable.primaryKey(), authorsTable.indexes(), authorsTable.foreignKeys());
    if (database.engine() == Engine.H2) {
      // Spring Boot connects to an embedded database as "sa".
      database.execute("CREATE USER IF NOT EXISTS \"sa\" PASSWORD '' ADMIN");
    }
    try (Joinery old = Joinery.connect(database.dataSource())) {
      old.sync(new SchemaDef(List.of(withoutBio)), SyncMode.CREATE);
    }
  }

  /** The application's data source is this database's; start-up alters the schema. */
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> database.jdbcUrl());
    registry.add("joinery.sync", () -> "alter");
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) database.close();
    database = null;
  }

  @Test
  void startUpBroughtTheSchemaToTheModel() {
    assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER)).isEmpty();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM " + q("authors") + " WHERE "
        + q("bio") + " IS NULL", Long.class)).isNotNull();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM " + q("books"), Long.class)).isNotNull();
  }

  @Test
  void joineryRunsOnTheApplicationsDataSource() {
    assertThat(joinery.dataSource()).isInstanceOf(TransactionAwareDataSourceProxy.class);
    assertThat(((TransactionAwareDataSourceProxy) joinery.dataSource()).getTargetDataSource())
        .isSameAs(dataSource);
  }

  @Test
  void daosAreInjectedByTheirInterfaceAndCommitOutsideTransactions() {
    Author written = authors.create(Author.named("Octavia Butler"));
    assertThat(authorsNamed("Octavia Butler")).isEqualTo(1);
    assertThat(authors.findByPk(written.id())).get().extracting(Author::name)
        .isEqualTo("Octavia Butler");
  }

  @Test
  void aTransactionalMethodCommitsTheWritesOfBothDaos() {
    Book book = library.publish("Ursula K. Le Guin", "A Wizard of Earthsea", false);

    assertThat(authorsNamed("Ursula K. Le Guin")).isEqualTo(1);
    assertThat(booksTitled("A Wizard of Earthsea")).isEqualTo(1);
    assertThat(books.findByPk(book.id())).get().extracting(Book::authorId)
        .isEqualTo(book.authorId());
  }

  @Test
  void aFailingTransactionalMethodRollsBackTheWritesOfBothDaos() {
    assertThatThrownBy(() -> library.publish("Stanislaw Lem", "Solaris", true))
        .isInstanceOfSatisfying(Library.Refused.class,
            refused -> assertThat(refused.written().id()).isNotNull());

    assertThat(authorsNamed("Stanislaw Lem")).isZero();
    assertThat(booksTitled("Solaris")).isZero();
  }

  @Test
  void aNestedCreateJoinsTheCallersTransaction() {
    // Several statements, which Joinery wraps in a transaction of its own outside Spring's; here
    // they belong to the method's, so the failure after them leaves nothing behind.
    assertThatThrownBy(() -> library.publishAll("Iain Banks", List.of("Excession", "Feersum Endjinn"), true))
        .isInstanceOf(Library.Refused.class);
    assertThat(authorsNamed("Iain Banks")).isZero();
    assertThat(booksTitled("Excession") + booksTitled("Feersum Endjinn")).isZero();

    Author written = library.publishAll("Ted Chiang", List.of("Exhalation", "Arrival"), false);
    assertThat(written.books()).extracting(Book::authorId).containsOnly(written.id());
    assertThat(booksTitled("Exhalation") + booksTitled("Arrival")).isEqualTo(2);
  }

  @Test
  void statementsAreLoggedWithTheirValuesAtTheLevelSpringBootSets(CapturedOutput output) {
    Author written = authors.create(Author.named("Ada Palmer"));
    authors.findByPk(written.id());

    // The generated DAO's INSERT and SELECT, through Boot's logging, values and time included.
    assertThat(output.getOut()).containsPattern("DEBUG .*dev\\.joinery\\.sql\\s*: INSERT INTO"
        + " .authors. \\(.name., .bio.\\) VALUES \\(\\?, \\?\\); values: \\['Ada Palmer', NULL\\];"
        + " [0-9.]+ ms");
    assertThat(output.getOut()).containsPattern("dev\\.joinery\\.sql\\s*: SELECT .* FROM .authors."
        + " .* WHERE .*; values: \\[" + written.id() + "\\]; [0-9.]+ ms");
  }

  private long authorsNamed(String name) {
    return jdbc.queryForObject("SELECT count(*) FROM " + q("authors") + " WHERE " + q("name")
        + " = ?", Long.class, name);
  }

  private long booksTitled(String title) {
    return jdbc.queryForObject("SELECT count(*) FROM " + q("books") + " WHERE " + q("title")
        + " = ?", Long.class, title);
  }

  private static String q(String identifier) {
    return database.q(identifier);
  }
}
