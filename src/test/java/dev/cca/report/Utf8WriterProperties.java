package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Reports reach their files as the JDK's UTF-8 writer would write them, byte for byte, however the text is cut. */
class Utf8WriterProperties {

    @Provide
    Arbitrary<String> texts() {
        // ASCII, Chinese, full-width, accented, emoji halves and whole emoji: surrogates paired and unpaired.
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4e20').withCharRange('\uff01', '\uff10')
                .withChars('\u00e9', '\u07ff', '\u0800', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00', '\r', '\n')
                .ofMaxLength(300);
    }

    /** Texts as above, or markup-like ASCII, so that the ASCII shortcut meets a surrogate left pending. */
    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.oneOf(texts(), Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(100));
    }

    @Property(tries = 1000)
    void the_bytes_are_the_jdk_writers(@ForAll @Size(max = 6) List<@net.jqwik.api.From("pieces") String> pieces,
                                       @ForAll @IntRange(min = 16, max = 64) int buffer,
                                       @ForAll @IntRange(min = 0, max = 4) int how) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Writer jdk = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8), buffer);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Writer mine = new Utf8Writer(actual, buffer);
        for (String p : pieces) {
            write(jdk, p, how);
            write(mine, p, how);
        }
        jdk.flush();
        mine.flush();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "after flush");
        jdk.close();
        mine.close();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "after close");
    }

    private static void write(Writer w, String s, int how) throws IOException {
        switch (how) {
            case 0 -> w.write(s);
            case 1 -> w.append(new StringBuilder(s));
            case 2 -> {
                for (int i = 0; i < s.length(); i++) {
                    w.write(s.charAt(i));
                }
            }
            case 3 -> w.write(s.toCharArray(), 0, s.length());
            default -> {
                // The ASCII shortcut the workbook's markup takes, for the ASCII pieces; a surrogate may be pending.
                if (w instanceof Utf8Writer u && s.chars().allMatch(c -> c < 0x80)) {
                    u.ascii(s);
                } else {
                    w.write(s);
                }
            }
        }
    }
}
