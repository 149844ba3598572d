package dev.joinery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.it.seeds.customers.CustomerDao;
import org.junit.jupiter.api.Test;

/**
 * This module is built the way the README tells users to: joinery-annotations and joinery-runtime
 * on the class path, joinery-processor on the annotation processor path only. The processor ran
 * (its classes exist) and stays out of what the application sees. (That the processor path holds
 * no Jdbi or HikariCP is checked by the processor's own build, an enforcer rule.)
 */
class UserBuildTest {

  @Test
  void theProcessorGeneratedTheDaosAndIsNotOnTheClassPath() {
    assertThat(CustomerDao.class).isInterface();
    assertThatThrownBy(() -> Class.forName("dev.joinery.processor.JoineryProcessor"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.palantir.javapoet.TypeSpec"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
