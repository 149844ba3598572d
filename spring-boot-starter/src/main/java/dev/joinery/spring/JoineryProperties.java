package dev.joinery.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code joinery.*} settings of a Spring Boot application.
 *
 * <pre>
 * joinery.sync=none      # default: leave the schema to Flyway, Liquibase or a DBA
 * joinery.sync=create    # create the missing tables at start-up (Sequelize's sync())
 * joinery.sync=alter     # also add missing columns, indexes and keys (sync({alter: true}))
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

  /** What start-up does to the schema of every generated {@code JoinerySchema}. */
  public Sync getSync() {
    return sync;
  }

  public void setSync(Sync sync) {
    this.sync = sync;
  }
}
