package dev.joinery.spring;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The pools of {@code joinery.replication.read-urls}, one HikariCP pool per URL, closed with the
 * application context. A replica that is down at start-up does not stop the application: its pool
 * connects on first use ({@code initializationFailTimeout = -1}), and Joinery sends the read
 * elsewhere until it answers.
 */
public final class ReadReplicaPools implements AutoCloseable {
  private final List<HikariDataSource> pools;

  ReadReplicaPools(JoineryProperties.Replication replication, String defaultUser,
      String defaultPassword) {
    List<HikariDataSource> opened = new ArrayList<>();
    String user = replication.getUsername() != null ? replication.getUsername() : defaultUser;
    String password = replication.getUsername() != null ? replication.getPassword()
        : defaultPassword;
    for (String url : replication.getReadUrls()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
      config.setPoolName("joinery-read-" + (opened.size() + 1));
      config.setConnectionTimeout(replication.getAcquire().toMillis());
      config.setInitializationFailTimeout(-1);
      opened.add(new HikariDataSource(config));
    }
    this.pools = List.copyOf(opened);
  }

  /** The replicas' pools, in the order of {@code read-urls}. */
  public List<DataSource> dataSources() {
    return List.copyOf(pools);
  }

  @Override
  public void close() {
    pools.forEach(HikariDataSource::close);
  }
}
