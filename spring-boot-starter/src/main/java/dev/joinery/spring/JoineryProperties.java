package dev.joinery.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code joinery.*} settings of a Spring Boot application.
 *
 * <pre>
 * joinery.sync=none      # default: leave the schema to Flyway, Liquibase or a DBA
 * joinery.sync=create    # create the missing tables at start-up (Sequelize's sync())
 * joinery.sync=alter     # also add missing columns, indexes and keys (sync({alter: true}))
 *
 * joinery.replication.read-urls=jdbc:mysql://replica1/shop,jdbc:mysql://replica2/shop
 * joinery.replication.username=shop_reader   # default: spring.datasource.username (and password)
 * joinery.replication.password=...
 * joinery.replication.cooldown=5s            # a failed replica is skipped this long
 * joinery.replication.acquire=1s             # wait for a replica's connection at most this long
 * </pre>
 */
@ConfigurationProperties("joinery")
public class JoineryProperties {
  /**
   * What start-up does to the schema. There is deliberately no {@code force}: dropping every
   * table on each start of an application is a test fixture's job, not a property's.
   */
  public enum Sync {
    /** Nothing: the schema is managed elsewhere. */
    NONE,
    /** Creates the tables that are missing ({@code SyncMode.CREATE}). */
    CREATE,
    /** Adds what is missing to existing tables too, dropping nothing ({@code SyncMode.ALTER}). */
    ALTER
  }

  private Sync sync = Sync.NONE;

  private final Replication replication = new Replication();

  /**
   * Read replicas (Sequelize's {@code replication.read}): the DAOs' reads outside a transaction
   * go to them in turn, everything else to {@code spring.datasource}, the primary.
   */
  public static class Replication {
    private List<String> readUrls = new ArrayList<>();
    private String username;
    private String password;
    private Duration cooldown = Duration.ofSeconds(5);
    private Duration acquire = Duration.ofSeconds(1);

    /** The replicas' JDBC URLs; none (the default) sends everything to the primary. */
    public List<String> getReadUrls() {
      return readUrls;
    }

    public void setReadUrls(List<String> readUrls) {
      this.readUrls = readUrls;
    }

    /** The replicas' user; when unset, {@code spring.datasource}'s user and password. */
    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    /** How long a replica that failed is left out before it is tried again. */
    public Duration getCooldown() {
      return cooldown;
    }

    public void setCooldown(Duration cooldown) {
      this.cooldown = cooldown;
    }

    /** How long a read waits for a replica's connection before it goes to the next one. */
    public Duration getAcquire() {
      return acquire;
    }

    public void setAcquire(Duration acquire) {
      this.acquire = acquire;
    }
  }

  /** The read replicas ({@code joinery.replication.*}). */
  public Replication getReplication() {
    return replication;
  }

  /** What start-up does to the schema of every generated {@code JoinerySchema}. */
  public Sync getSync() {
    return sync;
  }

  public void setSync(Sync sync) {
    this.sync = sync;
  }
}
