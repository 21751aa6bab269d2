package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.input.TextDecoder;
import dev.cca.report.Text;
import dev.cca.run.ReportFiles;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile and broken inputs of docs/hostile-input.md, each ending in a located error or a sound result. */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void an_empty_file_and_a_comment_only_file_are_located_errors() throws IOException {
        for (Path p : new Path[] {write("empty.yaml", ""), write("comment.yaml", "# nothing here\n")}) {
            Cli.Run r = Cli.run("assess", p.toString());
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains(p + ": error " + dev.cca.diag.FileCode.NO_DOCUMENT.id() + ": "), r.err());
        }
    }

    @Test
    void a_binary_file_is_refused_as_binary() throws IOException {
        Path p = write("x.yaml", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0x14, 0x08});
        Cli.Run r = Cli.run("assess", p.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("binary file"), r.err());
    }

    @Test
    void a_file_over_the_size_limit_names_the_limit_and_the_option() throws IOException {
        // 2 MB of comment lines (one comment of 2 MB on one line is over the value limit, CCA-F151).
        Path p = write("big.yaml", "cca: center-profile/v1\nid: big\nname: Big\n" + ("# " + "x".repeat(98) + "\n").repeat(20_000));
        Cli.Run r = Cli.run("assess", p.toString(), "--max-file-size", "1MiB");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("over the 1 MiB limit") && r.err().contains("--max-file-size"), r.err());
        assertEquals(0, Cli.run("assess", p.toString(), "-q").exit(), "the default limit is far above it");
    }

    @Test
    void deep_nesting_names_the_depth_limit() throws IOException {
        Path p = write("deep.yaml", "cca: center-profile/v1\nid: d\nname: D\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        Cli.Run r = Cli.run("assess", p.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("--max-depth"), r.err());
    }

    @Test
    void an_over_long_value_names_the_string_limit() throws IOException {
        Path p = write("long.yaml", "cca: center-profile/v1\nid: l\nname: " + "名".repeat(70_000) + "\n");
        Cli.Run r = Cli.run("assess", p.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("--max-string-length"), r.err());
    }

    /**
     * A value, comment or run of blanks longer than the limit on one line is refused where it starts, in every form and on
     * both YAML paths (the fast path's scanner leaves a line over the limit to the SnakeYAML path), and in every command.
     */
    @Test
    void a_megabyte_value_comment_or_run_of_blanks_on_one_line_is_refused_where_it_starts() throws IOException {
        String x = "x".repeat(1_000_000);
        String head = "cca: center-profile/v1\nid: l\n";
        Map<String, String> cases = Map.of(
                "plain", head + "name: " + x + "\n",
                "quoted", head + "name: \"" + x + "\"\n",
                "block", head + "name: |\n  " + x + "\n",
                "comment", head + "name: L # " + x + "\n",
                "blanks", head + "name: L" + " ".repeat(1_000_000) + "#\n");
        Map<String, String> expected = Map.of(
                "plain", ":3:7: error " + dev.cca.diag.FileCode.VALUE_LONGER_THAN_LIMIT.id(),
                "quoted", ":3:8: error " + dev.cca.diag.FileCode.VALUE_LONGER_THAN_LIMIT.id(),
                "block", ":4:3: error " + dev.cca.diag.FileCode.VALUE_LONGER_THAN_LIMIT.id(),
                "comment", ":3:10: error " + dev.cca.diag.FileCode.COMMENT_LONGER_THAN_LIMIT.id(),
                "blanks", ":3:8: error " + dev.cca.diag.FileCode.BLANKS_LONGER_THAN_LIMIT.id());
        for (var c : cases.entrySet()) {
            Path p = write(c.getKey() + ".yaml", c.getValue());
            for (String command : new String[] {"validate", "assess", "batch"}) {
                Cli.Run r = command.equals("batch") ? Cli.run("batch", p.toString(), "-o", tmp.resolve("b.json").toString())
                        : Cli.run(command, p.toString());
                assertEquals(3, r.exit(), r.toString());
                assertTrue(r.err().contains(p + expected.get(c.getKey())) && r.err().contains("65536")
                        && r.err().contains("--max-string-length"), c.getKey() + " " + command + ": " + r.err());
            }
        }
        Cli.Run zh = Cli.run("validate", tmp.resolve("plain.yaml").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("超过 65536 个字符的上限"), zh.err());
        assertEquals(0, Cli.run("validate", tmp.resolve("comment.yaml").toString(), "--max-string-length", "2000000").exit(),
                "a raised limit reads the comment");
    }

    @Test
    void a_multi_document_file_with_one_broken_document_still_scores_the_others() throws IOException {
        Path p = write("multi.yaml", "cca: center-profile/v1\nid: a\nname: A\n---\ncca: center-profile/v1\nid: b\nname: [B\n"
                + "---\ncca: center-profile/v1\nid: c\nname: C\n");
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", p.toString(), "-q", "-o", json.toString());
        assertEquals(3, r.exit());
        String out = Files.readString(json);
        assertTrue(out.contains("\"id\" : \"a\"") && out.contains("\"id\" : \"c\"") && !out.contains("\"id\" : \"b\""));
        assertTrue(out.contains("\"message\" : \"not valid YAML"), "the broken document is listed in the report");
    }

    @Test
    void a_json_file_given_where_yaml_is_expected_is_read() throws IOException {
        Path p = write("center.yaml", "{\"cca\": \"center-profile/v1\", \"id\": \"j\", \"name\": \"J\"}");
        assertEquals(0, Cli.run("assess", p.toString(), "-q").exit());
    }

    @Test
    void a_gb18030_profile_is_named_and_then_read_with_the_option() throws IOException {
        byte[] gbk = "cca: center-profile/v1\nid: gbk\nname: 武汉人工智能计算中心\n".getBytes(TextDecoder.GB18030);
        Path p = write("gbk.yaml", gbk);
        Cli.Run r = Cli.run("assess", p.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("GB18030") && r.err().contains("--encoding gb18030"), r.err());
        Path json = tmp.resolve("r.json");
        Cli.Run ok = Cli.run("assess", p.toString(), "-q", "--encoding", "gb18030", "-o", json.toString());
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(Files.readString(json).contains("武汉人工智能计算中心"), "no mojibake");
    }

    @Test
    void crlf_and_cr_files_and_a_byte_order_mark_are_read_with_the_right_line_numbers() throws IOException {
        String body = "cca: center-profile/v1\nid: crlf\nname: X\ncompute: {pue: -1}\n";
        for (String nl : new String[] {"\r\n", "\r"}) {
            byte[] bytes = ("\uFEFF" + body.replace("\n", nl)).getBytes(StandardCharsets.UTF_8);
            Path p = write("nl.yaml", bytes);
            Cli.Run r = Cli.run("assess", p.toString(), "-q");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("nl.yaml:4:16: error " + dev.cca.diag.ProfileCode.NEGATIVE.id() + ": "), r.err());
        }
    }

    @Test
    void yaml_tags_that_would_construct_objects_are_plain_text_here() throws IOException {
        Path p = write("tag.yaml", "cca: center-profile/v1\nid: t\nname: !!python/object/apply:os.system ['echo hi']\n");
        Cli.Run r = Cli.run("assess", p.toString(), "-q");
        assertEquals(3, r.exit(), "a list where the name should be: a located type error, nothing executed");
        assertTrue(r.err().contains("tag.yaml:3:"), r.err());
    }

    @Test
    void hostile_names_stay_inert_text_in_markdown_and_on_the_terminal() throws IOException {
        String name = "<script>alert(1)</script> | **bold** [x](javascript:alert(1)) \u001b[31mRED\u001b[0m `code`";
        Path p = write("evil.yaml", "cca: center-profile/v1\nid: evil\nname: \"" + name.replace("\u001b", "\\e") + "\"\n");
        Path md = tmp.resolve("r.md");
        Cli.Run r = Cli.run("", Map.of(), false, "assess", p.toString(), "-o", md.toString());
        assertEquals(0, r.exit(), r.toString());
        assertFalse(r.out().contains("\u001b"), "no escape sequence reaches the terminal");
        String text = Files.readString(md);
        assertFalse(text.contains("<script>"), "HTML is escaped");
        assertTrue(text.contains("&lt;script&gt;"));
        assertTrue(text.contains("\\| \\*\\*bold\\*\\* \\[x\\]"), "Markdown punctuation is escaped: " + text.lines().findFirst().orElse(""));
        assertFalse(text.contains("\u001b"));
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_are_prefixed() {
        assertEquals("'=cmd|' /C calc'!A0", Text.csv("=cmd|' /C calc'!A0").replace("\"", ""));
        assertEquals("'+SUM(A1)", Text.csv("+SUM(A1)"));
        assertEquals("'@x", Text.csv("@x"));
        assertEquals("-3.5", Text.csv("-3.5"), "numbers stay numbers");
        assertEquals("'-x", Text.csv("-x"));
    }

    @Test
    void a_report_that_fails_while_being_written_leaves_the_old_report_intact() throws IOException {
        Path target = write("report.md", "old report\n");
        IOException e = assertThrows(IOException.class, () -> ReportFiles.write(target.toString(), w -> {
            w.write("half a new report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, System.out));
        assertTrue(e.getMessage().contains("No space"));
        assertEquals("old report\n", Files.readString(target));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void an_input_given_twice_as_output_is_refused_even_through_another_spelling() throws IOException {
        Path p = write("in.yaml", "cca: center-profile/v1\nid: i\nname: I\n");
        byte[] before = Files.readAllBytes(p);
        Path other = tmp.resolve("./sub/../in.yaml");
        Files.createDirectories(tmp.resolve("sub"));
        Cli.Run r = Cli.run("assess", p.toString(), "-o", other.toString(), "--format", "md");
        assertEquals(2, r.exit());
        assertArrayEquals(before, Files.readAllBytes(p));
    }
}
