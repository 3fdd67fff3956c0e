package io.ledgerline.app.embedded;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no external database ({@code LEDGERLINE_DB_URL}) or search server
 * ({@code LEDGERLINE_ES_URL}) is configured, start a real one and point Spring Boot's connection details
 * at it. Each server is a bean, so it starts before anything that connects to it and stops after.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedSettings.class)
public class EmbeddedServersConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${ledgerline.db.url:}'.isBlank()")
    static class Postgres {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(EmbeddedSettings settings) {
            return EmbeddedPostgres.start(settings.dataDir(), settings.installDir());
        }

        @Bean
        JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return EmbeddedPostgres.USER;
                }

                @Override
                public String getPassword() {
                    return postgres.password();
                }

                @Override
                public String getJdbcUrl() {
                    return postgres.jdbcUrl();
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${ledgerline.es.url:}'.isBlank()")
    static class Elasticsearch {

        @Bean(destroyMethod = "close")
        EmbeddedElasticsearch embeddedElasticsearch(EmbeddedSettings settings) {
            return EmbeddedElasticsearch.start(settings.dataDir(), settings.installDir(),
                    ElasticsearchDistribution.locate(settings.elasticsearchDistribution()), settings.elasticsearchHeap());
        }

        @Bean
        ElasticsearchConnectionDetails embeddedElasticsearchConnectionDetails(EmbeddedElasticsearch elasticsearch) {
            ElasticsearchConnectionDetails.Node node = new ElasticsearchConnectionDetails.Node(
                    elasticsearch.uri().getHost(), elasticsearch.uri().getPort(), ElasticsearchConnectionDetails.Node.Protocol.HTTP);
            return () -> List.of(node);
        }
    }
}
