package dev.joinery.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.MigrationWriteException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names and versions of the migrations {@link FlywayMigrations} writes, without a database. */
class MigrationFileNamesTest {

  @Test
  void theNextVersionFollowsTheHighestMajorVersionNumerically(@TempDir Path dir) throws IOException {
    assertThat(FlywayMigrations.nextVersion(dir.resolve("missing"))).isEqualTo(1);
    assertThat(FlywayMigrations.nextVersion(dir)).isEqualTo(1);
    for (String name : List.of("V1__baseline.sql", "V9__a.sql", "V10_1__b.sql", "V2.5__c.sql",
        "R__views.sql", "V11__draft.txt", "U12__undo.sql", "notes.md")) {
      Files.writeString(dir.resolve(name), "");
    }
    assertThat(FlywayMigrations.nextVersion(dir)).isEqualTo(11);
  }

  @Test
  void theDescriptionsSpacesBecomeUnderscores() {
    assertThat(FlywayMigrations.fileName(3, "  add author bio ")).isEqualTo("V3__add_author_bio.sql");
    assertThat(FlywayMigrations.fileName(4, "drop-in_v2")).isEqualTo("V4__drop-in_v2.sql");
  }

  @Test
  void aDescriptionThatCannotBeAFileNameIsRefused() {
    assertThatThrownBy(() -> FlywayMigrations.fileName(2, "users/roles"))
        .isInstanceOf(MigrationWriteException.class)
        .hasMessage("Migration description \"users/roles\" must be words of letters, digits, '-'"
            + " and '_' (spaces become '_'), for example \"add author bio\"");
    assertThatThrownBy(() -> FlywayMigrations.fileName(2, " "))
        .isInstanceOf(MigrationWriteException.class);
  }

  @Test
  void writesTheNextFileAndNeverOverwrites(@TempDir Path dir) throws IOException {
    Path first = FlywayMigrations.write(dir.resolve("db"), "first", "-- why",
        List.of("CREATE TABLE a (id INT)", "CREATE INDEX a_id ON a (id)"));
    Path second = FlywayMigrations.write(dir.resolve("db"), "second", null, List.of("SELECT 1"));

    assertThat(first.getFileName()).hasToString("V1__first.sql");
    assertThat(Files.readString(first))
        .isEqualTo("-- why\n\nCREATE TABLE a (id INT);\n\nCREATE INDEX a_id ON a (id);\n\n");
    assertThat(second.getFileName()).hasToString("V2__second.sql");
    assertThat(Files.readString(second)).isEqualTo("SELECT 1;\n\n");
  }

  @Test
  void theCommandExplainsItsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = WriteMigration.run(new String[] {"--url=jdbc:h2:mem:x", "--dir=db"},
        Map.of(), System.out, new PrintStream(err, true));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("WriteMigration: --description is missing\n"
        + WriteMigration.USAGE + "\n");
  }
}
