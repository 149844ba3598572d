package dev.joinery;

import dev.joinery.dialect.Dialect;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Makes a {@link Jdbi} ready for generated DAOs: registers {@link JoineryConfig} so the dialect
 * is detected once, by the first handle that needs it, and shared by all handles. Install it
 * with {@code jdbi.installPlugin(new JoineryPlugin())} (and {@code SqlObjectPlugin} for the
 * DAOs), or let {@link Joinery#connect} do both.
 */
public final class JoineryPlugin implements JdbiPlugin {
  private final Dialect dialect;

  /** Detects the dialect from the first connection. */
  public JoineryPlugin() {
    this(null);
  }

  /** Speaks {@code dialect} without asking the database. */
  public JoineryPlugin(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    // Creating the config on the Jdbi (not on each handle's copy) is what lets handles share
    // the detected dialect.
    JoineryConfig config = jdbi.getConfig(JoineryConfig.class);
    if (dialect != null) config.setDialect(dialect);
  }
}
