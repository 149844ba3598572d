package dev.joinery.spring;

import dev.joinery.spring.shop.ShopApplication;
import dev.joinery.testing.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link StarterContract} on H2. */
@SpringBootTest(classes = ShopApplication.class, properties = StarterContract.SQL_LOG)
@DirtiesContext
class StarterH2Test extends StarterContract {
  @BeforeAll
  static void createDatabase() {
    prepare(Engine.H2);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    properties(registry);
  }
}
