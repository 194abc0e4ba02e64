package org.communitychest.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed bundles were built from the frontend files and packages as they are now: otherwise Vaadin would
 * need Node to rebuild them (decision record 0026), and this says so early and plainly.
 */
class FrontendBundlesTest {

    private static final String REBUILD = "changed since the bundles were built: run src/build/rebuild-frontend.sh "
            + "and commit src/main/bundles/";

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void everyFrontendFileIsInTheBundleAsItIsNow(String bundle) throws Exception {
        var hashes = stats(bundle).path("frontendHashes");
        for (Path file : frontendSources()) {
            String name = Path.of("frontend").relativize(file).toString().replace('\\', '/');
            assertThat(hashes.path(name).asString("")).as("frontend/" + name + " " + REBUILD)
                    .isEqualTo(sha256(file));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void theChartLibraryIsTheVersionTheBundleHolds(String bundle) throws Exception {
        var echarts = Chart.class.getAnnotation(NpmPackage.class);
        assertThat(stats(bundle).path("packageJsonDependencies").path(echarts.value()).asString(""))
                .as(echarts.value() + " " + REBUILD).isEqualTo(echarts.version());
    }

    private static JsonNode stats(String bundle) throws IOException {
        try (var zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile())) {
            try (var in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
                return JsonMapper.builder().build().readTree(in);
            }
        }
    }

    private static List<Path> frontendSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("frontend/src"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
