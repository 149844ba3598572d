package dev.joinery.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.spring.shop.Author;
import dev.joinery.spring.shop.AuthorDao;
import dev.joinery.spring.shop.JoinerySchema;
import dev.joinery.spring.shop.Library;
import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code joinery.replication.read-urls} on two H2 databases that stand for a primary and a
 * replica: each holds a different author, so the rows a read returns say where it ran.
 * (Replication itself is tested on real MariaDB and PostgreSQL pairs in the integration tests.)
 */
class ReadReplicasTest {
  private TestDatabase primary;
  private TestDatabase replica;

  @BeforeEach
  void twoDatabases() {
    primary = TestDatabase.create(Engine.H2);
    replica = TestDatabase.create(Engine.H2);
    for (TestDatabase db : new TestDatabase[] {primary, replica}) {
      // Spring Boot connects to an embedded database as "sa"; the replica's pool takes that user.
      db.execute("CREATE USER IF NOT EXISTS \"sa\" PASSWORD '' ADMIN");
      try (Joinery joinery = Joinery.connect(db.dataSource())) {
        joinery.sync(JoinerySchema.DEFINITION);
      }
    }
    primary.execute("INSERT INTO \"authors\" (\"name\") VALUES ('on the primary')");
    replica.execute("INSERT INTO \"authors\" (\"name\") VALUES ('on the replica')");
  }

  @AfterEach
  void drop() {
    primary.close();
    replica.close();
  }

  @Test
  void readsOutsideATransactionGoToTheReadUrlAndTransactionsToThePrimary() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + primary.jdbcUrl(),
            "joinery.replication.read-urls=" + replica.jdbcUrl())
        .run()) {
      AuthorDao authors = app.getBean(AuthorDao.class);
      Library library = app.getBean(Library.class);
      Joinery joinery = app.getBean(Joinery.class);

      assertThat(authors.findAll()).extracting(Author::name).containsExactly("on the replica");
      assertThat(library.authorsInTransaction()).extracting(Author::name)
          .containsExactly("on the primary");
      assertThat(joinery.onPrimary(() -> authors.findAll())).extracting(Author::name)
          .containsExactly("on the primary");
      authors.create(Author.named("written"));
      long written = primary.jdbi().withHandle(h -> h.createQuery(
          "SELECT count(*) FROM \"authors\" WHERE \"name\" = 'written'").mapTo(Long.class).one());
      assertThat(written).as("the write went to the primary").isEqualTo(1);
    }
  }

  @Test
  void withoutReadUrlsEveryReadGoesToThePrimary() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + primary.jdbcUrl())
        .run()) {
      assertThat(app.getBean(AuthorDao.class).findAll()).extracting(Author::name)
          .containsExactly("on the primary");
    }
  }
}
