package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static List<Document> read(String text, Problems p) {
        return new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText("t.yaml", text), p);
    }

    @Test
    void a_broken_document_in_a_stream_does_not_cost_the_others() {
        Problems p = new Problems();
        List<Document> docs = read("a: 1\n---\nb: [1, 2\n---\nc: 3\n", p);
        assertEquals(3, docs.size());
        assertNotNull(docs.get(0).root());
        assertNull(docs.get(1).root());
        assertNotNull(docs.get(2).root());
        assertEquals(5, ((Node.MapNode) docs.get(2).root()).entry("c").line(), "line numbers count from the file start");
        assertTrue(p.hasErrors());
        assertTrue(p.all().get(0).location().line() >= 3, p.all().toString());
    }

    @Test
    void comments_directives_and_a_trailing_marker_make_no_documents() {
        Problems p = new Problems();
        List<Document> docs = read("# header\n%YAML 1.2\n---\na: 1\n---\n# nothing\n", p);
        assertEquals(1, docs.size());
        assertTrue(p.isEmpty(), p.all().toString());
    }

    @Test
    void an_empty_file_and_a_comment_only_file_hold_no_document() {
        assertEquals(0, read("", new Problems()).size());
        assertEquals(0, read("# only a comment\n", new Problems()).size());
    }

    @Test
    void a_billion_laughs_alias_bomb_is_refused_before_it_expands() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        Problems p = new Problems();
        List<Document> docs = read(sb.toString(), p);
        assertNull(docs.get(0).root());
        assertTrue(p.all().get(0).message().contains("aliases expand"), p.all().toString());
    }

    @Test
    void a_few_aliases_are_fine() {
        Problems p = new Problems();
        List<Document> docs = read("base: &b {vendor: Huawei, count: 8}\ncopy: *b\n", p);
        assertTrue(p.isEmpty(), p.all().toString());
        Node.MapNode root = (Node.MapNode) docs.get(0).root();
        assertEquals(((Node.MapNode) root.get("base")).size(), ((Node.MapNode) root.get("copy")).size());
    }

    @Test
    void nesting_beyond_the_limit_is_refused_with_the_option_that_raises_it() {
        String deep = "a: ".repeat(1) + "[".repeat(200) + "]".repeat(200) + "\n";
        Problems p = new Problems();
        read(deep, p);
        assertTrue(p.hasErrors());
        assertTrue(p.all().get(0).message().contains("--max-depth"), p.all().toString());
    }

    @Test
    void duplicate_keys_in_nested_maps_name_their_path_and_the_first_line() {
        Problems p = new Problems();
        read("compute:\n  network: {fabric: roce}\n  network: {fabric: ib}\n", p);
        Diagnostic d = p.all().get(0);
        assertEquals(3, d.location().line());
        assertEquals("compute.network", d.location().path());
        assertTrue(d.message().contains("first at line 2"), d.format());
    }

    @Test
    void tabs_used_for_indentation_get_a_hint() {
        Problems p = new Problems();
        read("a:\n\tb: 1\n", p);
        assertTrue(p.all().get(0).message().contains("tab"), p.all().toString());
    }

    @Test
    void crlf_and_cr_line_ends_count_lines_like_lf() throws Exception {
        for (String nl : List.of("\r\n", "\r")) {
            String text = "a: 1" + nl + "b: [1," + nl + nl + "c: 2";
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, "t");
            Problems p = new Problems();
            new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText("t", d.text()), p);
            assertTrue(p.hasErrors());
            assertTrue(p.all().get(0).location().line() >= 2, p.all().toString());
        }
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted_and_noted() throws Exception {
        byte[] body = "name: 武汉\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(withBom, null, "t");
        assertEquals("name: 武汉\n", d.text());
        assertTrue(d.note().contains("byte-order mark"));
    }

    @Test
    void a_gb18030_file_is_named_as_such_and_read_with_the_encoding_option() throws Exception {
        byte[] gbk = "name: 武汉人工智能计算中心\n".getBytes(TextDecoder.GB18030);
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(gbk, null, "gbk.yaml"));
        assertTrue(e.diagnostics().get(0).message().contains("--encoding gb18030"), e.getMessage());
        assertEquals("name: 武汉人工智能计算中心\n", TextDecoder.decode(gbk, TextDecoder.GB18030, "gbk.yaml").text());
    }

    @Test
    void a_binary_file_is_refused_as_binary() {
        byte[] bin = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bin, null, "x.yaml"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
