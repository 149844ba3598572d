package dev.joinery.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.TableDef;
import dev.joinery.spring.shop.AuthorTable;
import dev.joinery.spring.shop.JoinerySchema;
import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code joinery.sync} at start-up, on H2 (the three databases run {@code alter} in
 * {@link StarterContract}): each test starts the application on a database whose
 * {@code authors} table lacks {@code bio} and which has no {@code books} table, and reads what
 * is left to do from {@code plan}.
 */
class SyncModeTest {
  private TestDatabase database;

  @BeforeEach
  void olderSchema() {
    database = TestDatabase.create(Engine.H2);
    TableDef authors = AuthorTable.INSTANCE.definition();
    TableDef withoutBio = new TableDef(authors.name(),
        authors.columns().stream().filter(c -> !c.name().equals("bio")).toList(),
        authors.primaryKey(), authors.indexes(), authors.foreignKeys());
    if (database.engine() == Engine.H2) {
      // Spring Boot connects to an embedded database as "sa".
      database.execute("CREATE USER IF NOT EXISTS \"sa\" PASSWORD '' ADMIN");
    }
    try (Joinery old = Joinery.connect(database.dataSource())) {
      old.sync(new SchemaDef(List.of(withoutBio)), SyncMode.CREATE);
    }
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void noneIsTheDefaultAndTouchesNothing() {
    try (ConfigurableApplicationContext app = start()) {
      Joinery joinery = app.getBean(Joinery.class);
      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.CREATE))
          .anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE \"books\""));
      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER))
          .anySatisfy(sql -> assertThat(sql).contains("\"bio\""));
    }
  }

  @Test
  void createAddsTheMissingTablesOnly() {
    try (ConfigurableApplicationContext app = start("joinery.sync=create")) {
      Joinery joinery = app.getBean(Joinery.class);
      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.CREATE)).isEmpty();
      assertThat(joinery.plan(JoinerySchema.DEFINITION, SyncMode.ALTER))
          .singleElement().satisfies(sql -> assertThat(sql)
              .startsWith("ALTER TABLE \"authors\" ADD COLUMN \"bio\""));
    }
  }

  @Test
  void alterAddsTheMissingColumnsToo() {
    try (ConfigurableApplicationContext app = start("joinery.sync=alter")) {
      assertThat(app.getBean(Joinery.class).plan(JoinerySchema.DEFINITION, SyncMode.ALTER))
          .isEmpty();
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + database.jdbcUrl())
        .properties(properties)
        .run();
  }
}
