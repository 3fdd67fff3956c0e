package io.ledgerline.app.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.system.ApplicationHome;

/**
 * Finds the Elasticsearch distribution zip that the build copied next to the app
 * ({@code app/target/embedded/}), or the one in the local Maven repository that it was copied from.
 */
final class ElasticsearchDistribution {

    private static final String ZIP = "elasticsearch-" + EmbeddedElasticsearch.VERSION + ".zip";

    private ElasticsearchDistribution() {
    }

    static Path locate(Path configured) {
        if (configured != null) {
            if (!Files.isRegularFile(configured)) {
                throw new IllegalStateException("ledgerline.embedded.elasticsearch-distribution points at " + configured
                        + ", which is not a file");
            }
            return configured;
        }
        List<Path> candidates = new ArrayList<>();
        Path home = new ApplicationHome(ElasticsearchDistribution.class).getDir().toPath();
        candidates.add(home.resolve("embedded").resolve(ZIP));               // next to ledgerline-app.jar
        candidates.add(home.resolveSibling("embedded").resolve(ZIP));        // target/classes -> target/embedded
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
                "distribution", "integ-test-zip", "elasticsearch", EmbeddedElasticsearch.VERSION, ZIP));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "No Elasticsearch distribution found for the embedded default (looked at " + candidates + "). Build the app"
                        + " with ./mvnw package, set ledgerline.embedded.elasticsearch-distribution, or configure an external"
                        + " server with LEDGERLINE_ES_URL."));
    }
}
