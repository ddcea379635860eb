package org.regenpath.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where each US ZIP code is: the centroid of its Census ZIP Code Tabulation Area, from
 * {@code directory/zcta-centroids.csv} (US Census Bureau 2021 Gazetteer, public domain; its header names the source).
 * A search measures distances from here.
 */
@Component
class ZipCentroids {

    static final String RESOURCE = "directory/zcta-centroids.csv";

    private final Map<String, Centroid> byZip;

    ZipCentroids() {
        this.byZip = load();
    }

    Optional<Centroid> of(String zip) {
        return Optional.ofNullable(zip == null ? null : byZip.get(zip.strip()));
    }

    int size() {
        return byZip.size();
    }

    private static Map<String, Centroid> load() {
        Map<String, Centroid> map = new HashMap<>(40_000);
        try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                map.put(f[0], new Centroid(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Map.copyOf(map);
    }

    /** A ZIP code's centroid in decimal degrees (WGS84). */
    record Centroid(String zip, double latitude, double longitude) {}
}
