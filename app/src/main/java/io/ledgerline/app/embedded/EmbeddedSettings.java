package io.ledgerline.app.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded default keeps its servers and data.
 *
 * @param dataDir                   root of everything the embedded default stores ({@code ledgerline.data-dir})
 * @param installDir                where server distributions are unpacked on first run
 * @param elasticsearchDistribution the Elasticsearch integ-test-zip; found next to the app when empty
 * @param elasticsearchHeap         the embedded Elasticsearch's JVM heap
 */
@ConfigurationProperties("ledgerline.embedded")
public record EmbeddedSettings(Path dataDir, Path installDir, Path elasticsearchDistribution, String elasticsearchHeap) {

    public EmbeddedSettings {
        dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
        installDir = (installDir == null ? dataDir.resolve("servers") : installDir).toAbsolutePath().normalize();
        elasticsearchHeap = elasticsearchHeap == null || elasticsearchHeap.isBlank() ? "512m" : elasticsearchHeap;
    }
}
