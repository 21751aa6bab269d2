package dev.cca.input.catalog;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the fixture files under {@code src/test/resources/catalog}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/catalog/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture catalog/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
