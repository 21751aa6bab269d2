package dev.cca.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cca.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fixtures that state what they must produce, in comment lines at the top:
 * {@code # expect: LINE:COLUMN: CCA-P001 message fragment} (COLUMN may be empty; the code and the fragment each
 * may be left out). A fixture without any expectation
 * is a test failure, so a new fixture cannot silently test nothing.
 */
public final class Expectations {

    private static final Pattern CODE = Pattern.compile("(CCA-[A-Z][0-9]{3})\\b(.*)");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(\\d+):(\\d*):?\\s*(.*)");

    public record Expected(int line, int column, String fragment) {

        /**
         * The fragment names the diagnostic's code ({@code CCA-G003}), optionally followed by text its English
         * message contains; a fragment without a code is text the message contains (fixtures not yet moved to codes).
         */
        boolean matches(Diagnostic d) {
            java.util.regex.Matcher m = CODE.matcher(fragment);
            if (m.matches()) {
                return d.code().id().equals(m.group(1)) && d.message().contains(m.group(2).strip());
            }
            return d.message().contains(fragment);
        }

        @Override
        public String toString() {
            return line + ":" + (column > 0 ? column : "") + ": " + fragment;
        }
    }

    private Expectations() {
    }

    public static List<Path> fixtures(String resourceDir) throws IOException {
        Path dir = Path.of("src/test/resources", resourceDir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().collect(Collectors.toList());
        }
    }

    public static List<Expected> of(Path fixture) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(fixture, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            Matcher m = EXPECT.matcher(line.strip());
            if (m.matches()) {
                String frag = new String(m.group(3).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        java.nio.charset.StandardCharsets.UTF_8);
                out.add(new Expected(Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)),
                        frag.strip()));
            }
        }
        if (out.isEmpty()) {
            fail(fixture + " states no '# expect: LINE:COLUMN: message' line");
        }
        return out;
    }

    /** Every expectation is met by an error at its line (and column), and every error is expected. */
    public static void assertMatches(Path fixture, List<Expected> expected, List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        for (Expected e : expected) {
            boolean found = errors.stream().anyMatch(d -> d.location().line() == e.line()
                    && (e.column() == 0 || d.location().column() == e.column())
                    && e.matches(d));
            assertTrue(found, fixture + ": expected an error " + e + "\n  got: " + errors);
        }
        for (Diagnostic d : errors) {
            boolean wanted = expected.stream().anyMatch(e -> e.line() == d.location().line());
            assertTrue(wanted, fixture + ": unexpected error " + d.format());
        }
    }
}
