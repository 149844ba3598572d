package dev.joinery.sample;

import dev.joinery.testing.Engine;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running sample per database engine for the whole test run, shared by every end-to-end test
 * class (starting a server and syncing the schema per test would dominate the run). Kept in
 * JUnit's root store, which closes them, dropping their databases, when the run ends.
 *
 * <pre>{@code @RegisterExtension static final SampleServers SERVERS = new SampleServers();
 * @ParameterizedTest @EnumSource(Engine.class)
 * void something(Engine engine) { Sample sample = SERVERS.on(engine); ... }}</pre>
 */
final class SampleServers implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SampleServers.class);

  private ExtensionContext.Store store;

  @Override
  public void beforeAll(ExtensionContext context) {
    store = context.getRoot().getStore(NAMESPACE);
  }

  /**
   * The sample on {@code engine}, started on first use. Skips the test (fails it with
   * {@code CI=true}) when the engine's server is unreachable.
   */
  Sample on(Engine engine) {
    return store.getOrComputeIfAbsent(engine, Sample::start, Sample.class);
  }
}
