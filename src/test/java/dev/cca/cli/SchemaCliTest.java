package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCliTest {

    @Test
    void schema_writes_the_profile_schema_to_a_file(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("center-profile.schema.json");
        Cli.Run r = Cli.run("schema", "profile", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(out);
        assertTrue(text.contains("\"https://json-schema.org/draft/2020-12/schema\"") && text.contains("center-profile/v1"));
    }

    @Test
    void schema_in_chinese_describes_keys_in_chinese() {
        Cli.Run r = Cli.run("schema", "gate", "--lang", "zh");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("CI 门禁策略"), r.out().substring(0, 300));
    }

    /** Without --lang, a Chinese locale gives the schema's texts and its messages in Chinese, as every command does. */
    @Test
    void a_chinese_locale_gives_chinese_texts_and_messages() {
        java.util.Map<String, String> zh = java.util.Map.of("LANG", "zh_CN.UTF-8");
        Cli.Run r = Cli.run("", zh, false, "schema", "gate");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("CI 门禁策略"), r.out().substring(0, 300));
        Cli.Run bad = Cli.run("", zh, false, "schema", "profil");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("错误") || bad.err().contains("未知"), bad.err());
        assertFalse(Cli.run("", java.util.Map.of("LANG", "en_US.UTF-8"), false, "schema", "gate").out().contains("CI 门禁策略"));
    }

    @Test
    void an_unknown_kind_is_a_usage_error_with_a_suggestion() {
        Cli.Run r = Cli.run("schema", "profil");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("did you mean 'profile'"), r.err());
    }

    @Test
    void help_and_completion_know_the_schema_command() {
        Cli.Run help = Cli.run("help", "schema");
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().contains("yaml-language-server: $schema="), help.out());
        assertTrue(Cli.run("--help").out().contains("schema"));
        Cli.Run completion = Cli.run("completion");
        assertTrue(completion.out().contains("schema") && completion.out().contains("benchmark"), "completion");
    }
}
