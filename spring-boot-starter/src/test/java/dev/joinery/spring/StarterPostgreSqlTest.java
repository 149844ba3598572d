package dev.joinery.spring;

import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link StarterContract} on PostgreSQL. */
@SpringBootTest(classes = ShopApplication.class, properties = StarterContract.SQL_LOG)
@DirtiesContext
class StarterPostgreSqlTest extends StarterContract {
  @BeforeAll
  static void createDatabase() {
    prepare(Engine.POSTGRESQL);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    properties(registry);
  }
}
