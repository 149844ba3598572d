package dev.joinery.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Expands a {@link DatabaseTest} into one invocation per {@link Engine}. Each invocation creates
 * its database before {@code @BeforeEach} methods run (skipping or failing when the server is
 * unreachable) and drops it when the invocation ends, whatever its outcome.
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DatabaseExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getTestMethod(), DatabaseTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Engine[] engines = AnnotationSupport
        .findAnnotation(context.getTestMethod(), DatabaseTest.class)
        .map(DatabaseTest::value)
        .orElse(Engine.values());
    if (GaleraCluster.enabled()) {
      // The Galera suite reruns the MariaDB half on the cluster; H2 and PostgreSQL ran already.
      return Stream.of(Arrays.asList(engines).contains(Engine.MARIADB)
          ? new Invocation(Engine.MARIADB) : new NotOnGalera());
    }
    return Arrays.stream(engines).map(Invocation::new);
  }

  /** A test that does not run on MariaDB, skipped by the Galera suite. */
  private record NotOnGalera() implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return "not on MariaDB, so not on Galera";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of((BeforeEachCallback) context ->
          Assumptions.abort("not a MariaDB test: the Galera suite skips it"));
    }
  }

  /** One engine's run of the test method. */
  private record Invocation(Engine engine) implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return GaleraCluster.enabled() ? engine.displayName() + " Galera" : engine.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new DatabaseLifecycle(engine));
    }
  }

  /** Creates the database before each invocation and hands it to parameters. */
  private record DatabaseLifecycle(Engine engine) implements BeforeEachCallback, ParameterResolver {
    @Override
    public void beforeEach(ExtensionContext context) {
      // A closeable resource of the invocation's store: JUnit closes it (dropping the database)
      // when the invocation ends, even if the test or an @AfterEach failed.
      context.getStore(NAMESPACE).put(Created.class, new Created(TestDatabase.create(engine)));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getStore(NAMESPACE).get(Created.class, Created.class).database();
    }
  }

  /** The invocation's database, dropped when JUnit closes the store. */
  private record Created(TestDatabase database) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      database.close();
    }
  }
}
