package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** File names as SARIF artifact URIs: relative references that a viewer resolves against the repository, never a scheme. */
class SarifUriTest {

    @Test
    void a_relative_name_whose_first_segment_holds_a_colon_is_not_read_as_a_scheme() {
        String[][] names = {
                // name, URI
                {"javascript:alert(1).yaml", "./javascript:alert(1).yaml"},
                {"c:x.yaml", "./c:x.yaml"},
                {"https:/x.yaml", "./https:/x.yaml"},
                // A colon after the first segment, or in an absolute name, is no scheme: kept as it was.
                {"profiles/a:b.yaml", "profiles/a:b.yaml"},
                {"/tmp/a:b.yaml", "/tmp/a:b.yaml"},
                {"profiles\\杭州 a.yaml", "profiles/%E6%9D%AD%E5%B7%9E%20a.yaml"},
        };
        for (String[] n : names) {
            assertEquals(n[1], SarifRenderer.uri(n[0]), n[0]);
        }
    }
}
