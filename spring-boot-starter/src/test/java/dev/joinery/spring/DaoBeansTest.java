package dev.joinery.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.spring.shop.Author;
import dev.joinery.spring.shop.AuthorDao;
import dev.joinery.spring.shop.BookDao;
import dev.joinery.spring.shop.JoinerySchema;
import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DAO beans: named after their interface, and yielding to a bean the application declares. */
class DaoBeansTest {
  private TestDatabase database;

  /** An application's own DAO, extending the generated one with its SQL. */
  public interface ShopAuthors extends AuthorDao {
    @SqlQuery("SELECT count(*) FROM \"authors\"")
    long countAll();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnDao {
    @Bean
    ShopAuthors shopAuthors(Jdbi jdbi) {
      return jdbi.onDemand(ShopAuthors.class);
    }
  }

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
  void eachDaoIsABeanNamedAfterItsInterface() {
    try (ConfigurableApplicationContext app = start(ShopApplication.class)) {
      assertThat(app.getBeanNamesForType(AuthorDao.class)).containsExactly("authorDao");
      assertThat(app.getBeanNamesForType(BookDao.class)).containsExactly("bookDao");
    }
  }

  @Test
  void aDaoBeanOfTheApplicationWinsOverTheGeneratedOne() {
    try (ConfigurableApplicationContext app = start(ShopApplication.class, OwnDao.class)) {
      AuthorDao injected = app.getBean(AuthorDao.class);

      assertThat(injected).isInstanceOf(ShopAuthors.class);
      injected.create(Author.named("Ann Leckie"));
      assertThat(((ShopAuthors) injected).countAll()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start(Class<?>... sources) {
    return new SpringApplicationBuilder(sources)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + database.jdbcUrl())
        .run();
  }
}
