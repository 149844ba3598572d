package dev.joinery;

import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialects;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Joinery's settings on a Jdbi, a handle or a statement: which {@link Dialect} to speak. Set a
 * dialect explicitly, or let the first handle detect it from its connection; the detected
 * dialect is shared by every copy of this config (every handle of the same {@code Jdbi}), so
 * detection happens once. Installed by {@link JoineryPlugin}.
 */
public final class JoineryConfig implements JdbiConfig<JoineryConfig> {
  private final AtomicReference<Dialect> detected;
  private Dialect dialect;

  /** A config that detects its dialect on first use. */
  public JoineryConfig() {
    this.detected = new AtomicReference<>();
  }

  private JoineryConfig(JoineryConfig other) {
    this.detected = other.detected;
    this.dialect = other.dialect;
  }

  /** The dialect set explicitly, or the one detected from {@code handle}'s connection. */
  public Dialect dialect(Handle handle) {
    if (dialect != null) return dialect;
    Dialect known = detected.get();
    if (known != null) return known;
    Dialect found = Dialects.detect(handle.getConnection());
    detected.compareAndSet(null, found);
    return found;
  }

  /** Uses {@code dialect} instead of detecting one; {@code null} restores detection. */
  public JoineryConfig setDialect(Dialect dialect) {
    this.dialect = dialect;
    return this;
  }

  @Override
  public JoineryConfig createCopy() {
    return new JoineryConfig(this);
  }
}
