package dev.joinery.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Inflection} and the table names of both naming modes against what Sequelize 6 itself
 * produces: {@code inflection/pairs.tsv} is written by
 * {@code processor/src/test/inflection/generate-pairs.js} from Sequelize's own {@code Utils}
 * (the functions {@code Model.init} names tables with), with Sequelize pinned by its lockfile.
 */
class InflectionTest {
  private record Pair(String word, String plural, String singular, String table,
      String underscoredTable) {}

  @Test
  void pluralsAndSingularsAreSequelizes() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs.size()).isGreaterThan(400);
    List<String> wrong = new ArrayList<>();
    for (Pair pair : pairs) {
      check(wrong, "pluralize", pair.word(), Inflection.pluralize(pair.word()), pair.plural());
      check(wrong, "singularize", pair.word(), Inflection.singularize(pair.word()),
          pair.singular());
    }
    assertWithMessage("differences from Sequelize").that(wrong).isEmpty();
  }

  @Test
  void sequelizeModeTableNamesAreSequelizes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Pair pair : pairs()) {
      check(wrong, "table", pair.word(), NamingMode.SEQUELIZE.tableName(pair.word()),
          pair.table());
    }
    assertWithMessage("differences from Sequelize").that(wrong).isEmpty();
  }

  /**
   * Snake_case mode is Sequelize's {@code underscored: true}, except that a run of capitals is
   * one word in Joinery ({@code HttpRequest} and {@code HTTPRequest} both give
   * {@code http_requests}) where Sequelize splits every capital, and an underscore before a
   * capital is one separator ({@code Item_Detail} → {@code item_details}, Sequelize's
   * {@code item__details}).
   */
  @Test
  void snakeCaseTableNamesAreSequelizesUnderscored() throws IOException {
    List<String> wrong = new ArrayList<>();
    int compared = 0;
    for (Pair pair : pairs()) {
      if (!pair.word().matches(".*([A-Z]{2}|_[A-Z]).*")) {
        compared++;
        check(wrong, "underscored table", pair.word(),
            NamingMode.SNAKE_CASE.tableName(pair.word()), pair.underscoredTable());
      }
    }
    assertThat(compared).isGreaterThan(400);
    assertWithMessage("differences from Sequelize").that(wrong).isEmpty();
  }

  @Test
  void theIssuesExamples() {
    assertThat(Inflection.pluralize("Person")).isEqualTo("People");
    assertThat(Inflection.pluralize("Child")).isEqualTo("Children");
    assertThat(Inflection.pluralize("Datum")).isEqualTo("Data");
    assertThat(Inflection.pluralize("Sheep")).isEqualTo("Sheep");
    assertThat(Inflection.pluralize("criterion")).isEqualTo("criteria");
    assertThat(NamingMode.SNAKE_CASE.tableName("UserProfile")).isEqualTo("user_profiles");
    assertThat(NamingMode.SEQUELIZE.tableName("UserProfile")).isEqualTo("UserProfiles");
  }

  private static void check(List<String> wrong, String what, String word, String actual,
      String expected) {
    if (!actual.equals(expected)) {
      wrong.add(what + "(" + word + ") = " + actual + ", Sequelize: " + expected);
    }
  }

  private static List<Pair> pairs() throws IOException {
    try (InputStream in = InflectionTest.class.getResourceAsStream("/inflection/pairs.tsv")) {
      assertWithMessage("inflection/pairs.tsv on the test class path").that(in).isNotNull();
      List<Pair> pairs = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t", -1);
        pairs.add(new Pair(f[0], f[1], f[2], f[3], f[4]));
      }
      return pairs;
    }
  }
}
