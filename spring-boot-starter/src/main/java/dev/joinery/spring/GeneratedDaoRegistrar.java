package dev.joinery.spring;

import dev.joinery.meta.GeneratedSchema;
import java.beans.Introspector;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one bean per generated DAO interface ({@code CustomerDao}), so that it is injected by
 * its type. The interfaces are those the generated schemas list ({@link GeneratedSchemas}); each
 * bean is {@code jdbi.onDemand(dao)} on the application's {@link Jdbi} bean, so every call takes
 * a handle on the connection of the caller's Spring transaction when there is one.
 *
 * <p>A bean is named after its interface ({@code customerDao}; the qualified name when another
 * bean already has that name) and is a fallback: a bean of the same type that the application
 * declares itself, such as its own interface extending {@code CustomerDao}, is the one injected.
 */
final class GeneratedDaoRegistrar
    implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, BeanFactoryAware {
  private ClassLoader classLoader;
  private BeanFactory beanFactory;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    for (GeneratedSchema schema : GeneratedSchemas.load(classLoader)) {
      for (Class<?> dao : schema.daos()) {
        register(registry, dao);
      }
    }
  }

  private <T> void register(BeanDefinitionRegistry registry, Class<T> dao) {
    RootBeanDefinition definition =
        new RootBeanDefinition(dao, () -> beanFactory.getBean(Jdbi.class).onDemand(dao));
    definition.setFallback(true);
    definition.setDescription("Joinery DAO " + dao.getName() + " on demand");
    String name = Introspector.decapitalize(dao.getSimpleName());
    registry.registerBeanDefinition(
        registry.containsBeanDefinition(name) ? dao.getName() : name, definition);
  }
}
