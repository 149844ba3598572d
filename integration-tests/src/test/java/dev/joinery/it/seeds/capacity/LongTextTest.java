package dev.joinery.it.seeds.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ValidationException;
import dev.joinery.it.SeedDb;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import dev.joinery.validation.Violation;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code @Column(text = true, length = n)} holds n characters on every database, past the
 * 65,535 bytes of MySQL's {@code TEXT} (MariaDB gets {@code MEDIUMTEXT} or {@code LONGTEXT}),
 * and one character more is still a validation error before any SQL, as for any length.
 */
class LongTextTest {
  /** 100,000 three-byte characters: 300,000 bytes of UTF-8, the declared length exactly. */
  private static final String FULL_BODY = "€".repeat(100_000);
  /** 20,000 four-byte characters (40,000 UTF-16 units): 80,000 bytes, more than TEXT holds. */
  private static final String LONG_ARCHIVE = "\uD83D\uDE00".repeat(20_000);

  private TestDatabase db;
  private DocumentDao documents;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "documents");
    documents = db.jdbi().onDemand(DocumentDao.class);
  }

  @DatabaseTest
  void textOfItsDeclaredLengthRoundTripsPastWhatTextHolds(TestDatabase db) {
    Document created = documents.create(Document.of("Big", FULL_BODY, LONG_ARCHIVE));

    Document read = documents.findByPk(created.id()).orElseThrow();
    assertThat(read.body()).isEqualTo(FULL_BODY);
    assertThat(read.archive()).isEqualTo(LONG_ARCHIVE);
    assertThat(SeedDb.lines(db, "SELECT OCTET_LENGTH(\"body\") AS b,"
        + " OCTET_LENGTH(\"archive\") AS a FROM \"documents\"")).containsExactly("300000|80000");

    Document changed = documents.update(new Document(created.id(), "Big", LONG_ARCHIVE,
        FULL_BODY));
    assertThat(documents.findByPk(created.id())).contains(changed);
    assertThat(changed.body()).isEqualTo(LONG_ARCHIVE);
  }

  @DatabaseTest(Engine.MARIADB)
  void mariaDbGetsTheTextTypeThatHoldsTheLength(TestDatabase db) {
    Catalog catalog = Catalog.of(db);

    assertThat(catalog.column("documents", "body").orElseThrow().type())
        .isEqualToIgnoringCase("MEDIUMTEXT");
    assertThat(catalog.column("documents", "archive").orElseThrow().type())
        .isEqualToIgnoringCase("LONGTEXT");
  }

  @DatabaseTest
  void oneCharacterOverTheDeclaredLengthIsAValidationErrorBeforeAnySql(TestDatabase db) {
    Document created = documents.create(Document.of("Small", "short", null));
    db.counter().reset();

    assertThatThrownBy(() -> documents.create(Document.of("Big", FULL_BODY + "x", null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e).hasMessage("Validation failed: documents.body must be at most 100000"
              + " characters long (was 100001)");
          assertThat(e.table()).isEqualTo("documents");
          assertThat(e.column()).isEqualTo("body");
          assertThat(e.violations()).extracting(Violation::rule).containsExactly("length");
        });
    assertThatThrownBy(() -> documents.update(
        new Document(created.id(), "Small", "x".repeat(100_001), null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Validation failed: documents.body must be at most 100000 characters long"
            + " (was 100001)");
    assertThat(db.counter().count()).isZero();
    assertThat(SeedDb.lines(db, "SELECT \"title\", \"body\" FROM \"documents\""))
        .containsExactly("Small|short");
  }
}
