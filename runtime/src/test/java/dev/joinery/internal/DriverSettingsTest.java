package dev.joinery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriverSettingsTest {
  @Test
  void addsConnectorJsSessionAndBatchSettingsUnlessTheUrlSetsThem() {
    assertThat(DriverSettings.apply("jdbc:mysql://h:3306/shop"))
        .isEqualTo("jdbc:mysql://h:3306/shop?useLocalSessionState=true"
            + "&useLocalTransactionState=true&rewriteBatchedStatements=true"
            + "&cacheServerConfiguration=true");
    assertThat(DriverSettings.apply("jdbc:mysql://h/shop?user=root&useLocalSessionState=false"))
        .isEqualTo("jdbc:mysql://h/shop?user=root&useLocalSessionState=false"
            + "&useLocalTransactionState=true&rewriteBatchedStatements=true"
            + "&cacheServerConfiguration=true");
  }

  @Test
  void rewritesPostgresBatchesAndLeavesOtherUrlsAlone() {
    assertThat(DriverSettings.apply("jdbc:postgresql://h/shop?user=app"))
        .isEqualTo("jdbc:postgresql://h/shop?user=app&reWriteBatchedInserts=true");
    assertThat(DriverSettings.apply("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
  }
}
