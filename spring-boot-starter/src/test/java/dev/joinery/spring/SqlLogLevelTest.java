package dev.joinery.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.spring.shop.Author;
import dev.joinery.spring.shop.AuthorDao;
import dev.joinery.spring.shop.JoinerySchema;
import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SQL log follows {@code logging.level}: off unless {@code dev.joinery.sql} (or a parent) is
 * at DEBUG, as Boot's INFO default leaves it. {@link StarterContract} checks the lines on the
 * three databases; this checks the default, on H2.
 */
@ExtendWith(OutputCaptureExtension.class)
class SqlLogLevelTest {
  private TestDatabase database;

  @BeforeEach
  void schema() {
    database = TestDatabase.create(Engine.H2);
    database.execute("CREATE USER IF NOT EXISTS \"sa\" PASSWORD '' ADMIN");
    try (Joinery joinery = Joinery.connect(database.dataSource())) {
      joinery.sync(JoinerySchema.DEFINITION);
    }
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void offByDefaultOnWithTheLoggersLevel(CapturedOutput output) {
    try (ConfigurableApplicationContext app = start()) {
      app.getBean(AuthorDao.class).create(Author.named("Quiet"));
    }
    // (Only the application's statements: the set-up above runs outside Boot's logging.)
    assertThat(output.getOut()).doesNotContain("'Quiet'")
        .doesNotContainPattern("dev\\.joinery\\.sql\\s*: INSERT");

    try (ConfigurableApplicationContext app = start("logging.level.dev.joinery=DEBUG")) {
      app.getBean(AuthorDao.class).create(Author.named("Loud"));
    }
    assertThat(output.getOut()).containsPattern("dev\\.joinery\\.sql\\s*: INSERT INTO"
        + " \"authors\" \\(\"name\", \"bio\"\\) VALUES \\(\\?, \\?\\); values: \\['Loud', NULL\\];");
  }

  private ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + database.jdbcUrl())
        .properties(properties)
        .run();
  }
}
