package news.dateline.database;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Ties a kept embedded PostgreSQL's life to the application context: the pool
 * ({@code dataSource}) is made to depend on {@link Shutdown}, so that when the context
 * closes (SIGTERM: Tomcat drains its requests in the graceful-shutdown phase, then the
 * beans are destroyed) the pool closes first and PostgreSQL stops after it, never under a
 * request still saving.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("dateline.embedded-postgres.active")
class EmbeddedDatabaseConfiguration {

    static final String SHUTDOWN_BEAN = "embeddedPostgresShutdown";

    @Bean(SHUTDOWN_BEAN)
    Shutdown embeddedPostgresShutdown(Environment environment) {
        EmbeddedPostgresProperties settings = new EmbeddedPostgresProperties(
                environment.getProperty("dateline.embedded-postgres.data-dir"), null,
                environment.getProperty("dateline.embedded-postgres.ephemeral", Boolean.class));
        EmbeddedDatabase database = EmbeddedDatabase.running(Path.of(settings.dataDir()));
        if (database != null && !database.ephemeral()) {
            database.ownedByContext();
            return new Shutdown(database);
        }
        return new Shutdown(null);
    }

    /** The pool waits for PostgreSQL to start and closes before it stops. */
    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnEmbeddedPostgres() {
        return beanFactory -> {
            if (beanFactory instanceof BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition("dataSource")) {
                BeanDefinition dataSource = registry.getBeanDefinition("dataSource");
                String[] before = dataSource.getDependsOn();
                String[] after = before == null ? new String[] { SHUTDOWN_BEAN }
                        : Stream.concat(Arrays.stream(before), Stream.of(SHUTDOWN_BEAN)).toArray(String[]::new);
                dataSource.setDependsOn(after);
            }
        };
    }

    /**
     * Stops the embedded PostgreSQL when destroyed, after the pool that depends on it.
     */
    static final class Shutdown implements DisposableBean {

        private final @Nullable EmbeddedDatabase database;

        Shutdown(@Nullable EmbeddedDatabase database) {
            this.database = database;
        }

        @Override
        public void destroy() {
            if (database != null) {
                database.stop();
            }
        }

    }

}
