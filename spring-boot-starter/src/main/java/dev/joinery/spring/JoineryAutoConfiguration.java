package dev.joinery.spring;

import dev.joinery.Joinery;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.schema.SyncMode;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Joinery for a Spring Boot application: a {@link Joinery} over the application's own
 * {@link DataSource} (no second pool), its {@link Jdbi} as a bean, every generated DAO as a bean
 * ({@link GeneratedDaoRegistrar}), and {@code joinery.sync} applied to every generated schema
 * before any of them is handed out.
 *
 * <p>Jdbi reaches the data source through Spring's {@link TransactionAwareDataSourceProxy}: inside
 * a {@code @Transactional} method a DAO call gets the transaction's connection, so its statements
 * commit or roll back with the method's, and a multi-statement write of Joinery (nested create)
 * joins that transaction instead of opening one of its own. Outside a transaction each call takes
 * a pooled connection and returns it, as without Spring. With
 * {@code joinery.replication.read-urls}, reads outside a transaction go to those replicas
 * ({@link ReadReplicaPools}).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({Joinery.class, Jdbi.class, TransactionAwareDataSourceProxy.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(JoineryProperties.class)
@Import(GeneratedDaoRegistrar.class)
public class JoineryAutoConfiguration implements BeanClassLoaderAware {
  private static final Log LOG = LogFactory.getLog(JoineryAutoConfiguration.class);

  private ClassLoader classLoader = JoineryAutoConfiguration.class.getClassLoader();

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Joinery on the application's data source, with {@code joinery.sync} applied. Closing it
   * leaves the data source open: Spring Boot closes its own pool.
   */
  @Bean
  @ConditionalOnMissingBean
  public Joinery joinery(DataSource dataSource, JoineryProperties properties,
      ReadReplicaPools replicas) {
    DataSource transactional = dataSource instanceof TransactionAwareDataSourceProxy
        ? dataSource : new TransactionAwareDataSourceProxy(dataSource);
    // A read inside a @Transactional method finds its handle in a transaction (the connection's
    // auto-commit is off), so it stays on the primary with the rest of the transaction.
    Joinery joinery = Joinery.connect(transactional, replicas.dataSources(),
        properties.getReplication().getCooldown().toMillis());
    sync(joinery, properties.getSync(), GeneratedSchemas.load(classLoader));
    return joinery;
  }

  /**
   * The pools of {@code joinery.replication.read-urls} (none by default), with
   * {@code spring.datasource}'s credentials unless {@code joinery.replication.username} is set.
   */
  @Bean
  @ConditionalOnMissingBean
  public ReadReplicaPools joineryReadReplicas(JoineryProperties properties,
      ObjectProvider<DataSourceProperties> dataSourceProperties) {
    DataSourceProperties primary = dataSourceProperties.getIfAvailable();
    return new ReadReplicaPools(properties.getReplication(),
        primary == null ? null : primary.determineUsername(),
        primary == null ? null : primary.determinePassword());
  }

  /** The Jdbi the generated DAOs run on; SqlObject and Joinery's plugin installed. */
  @Bean
  @ConditionalOnMissingBean
  public Jdbi jdbi(Joinery joinery) {
    return joinery.jdbi();
  }

  static void sync(Joinery joinery, JoineryProperties.Sync sync, List<GeneratedSchema> schemas) {
    if (sync == JoineryProperties.Sync.NONE) return;
    SyncMode mode = sync == JoineryProperties.Sync.ALTER ? SyncMode.ALTER : SyncMode.CREATE;
    for (GeneratedSchema schema : schemas) {
      List<String> statements = joinery.sync(schema.definition(), mode);
      LOG.info("Joinery sync " + mode + " of " + schema.definition().tables().size()
          + " tables ran " + statements.size() + " statements");
      if (LOG.isDebugEnabled()) statements.forEach(LOG::debug);
    }
  }
}
