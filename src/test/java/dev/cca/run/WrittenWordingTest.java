package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed write names what was not replaced as what the command writes: assess and batch write reports; generate (a
 * catalog), schema and init (a text) write files, and say "no file was replaced", in English and Chinese.
 */
class WrittenWordingTest {

    @TempDir
    Path tmp;

    @Test
    void a_file_that_fails_to_stage_says_no_file_was_replaced_and_keeps_the_earlier_one() throws Exception {
        Path a = Files.writeString(tmp.resolve("catalog.jsonl"), "OLD\n");
        ReportFiles.Content failing = os -> {
            os.write('x');
            throw new IOException("No space left on device");
        };
        ReportFiles.WriteException e = assertThrows(ReportFiles.WriteException.class,
                () -> ReportFiles.write(a.toString(), failing, System.out, ReportFiles.Written.FILE));
        assertEquals("could not write " + a + ": No space left on device; no file was replaced (any earlier " + a
                + " is unchanged)", e.message().get("en"));
        assertEquals("无法写入 " + a + "：设备上没有剩余空间；没有替换任何文件（已有的 " + a + " 保持不变）", e.message().get("zh"));
        assertEquals("OLD\n", Files.readString(a));
        ReportFiles.WriteException report = assertThrows(ReportFiles.WriteException.class,
                () -> ReportFiles.write(a.toString(), failing, System.out));
        assertTrue(report.message().get("en").contains("; no report was replaced"), report.message().get("en"));
        assertTrue(report.message().get("zh").contains("没有替换任何报告"), report.message().get("zh"));
    }

    private static String[] with(String[] command, String lang) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 2);
        all[command.length] = "--lang";
        all[command.length + 1] = lang;
        return all;
    }

    @Test
    void generate_schema_and_init_onto_a_full_device_say_no_file_was_replaced() {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        String[][] commands = {{"generate", "--count", "3", "--format", "jsonl", "-o", "/dev/full"}, {"schema", "profile", "-o", "/dev/full"},
            {"init", "-o", "/dev/full"}};
        for (String[] command : commands) {
            Cli.Run en = Cli.run(with(command, "en"));
            assertEquals(4, en.exit(), en.toString());
            assertTrue(en.err().contains("could not write /dev/full: No space left on device; no file was replaced"), en.err());
            assertFalse(en.err().contains("report"), en.err());
            Cli.Run zh = Cli.run(with(command, "zh"));
            assertEquals(4, zh.exit(), zh.toString());
            assertTrue(zh.err().contains("无法写入 /dev/full：设备上没有剩余空间；没有替换任何文件"), zh.err());
            assertFalse(zh.err().contains("报告"), zh.err());
        }
        Cli.Run assess = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--format", "json", "-o", "/dev/full");
        assertTrue(assess.err().contains("no report was replaced"), assess.err());
    }

    @Test
    void a_write_that_fails_outside_the_files_names_what_the_command_writes() {
        assertEquals("could not write a file: disk gone; any earlier file at that path is unchanged",
                new dev.cca.diag.Message(dev.cca.diag.FileCode.REPORT_FAILED, ReportFiles.Written.FILE.noun(), "disk gone").get("en"));
        assertEquals("无法写入报告：磁盘不在；该路径上已有的报告保持不变",
                new dev.cca.diag.Message(dev.cca.diag.FileCode.REPORT_FAILED, ReportFiles.Written.REPORT.noun(), "磁盘不在").get("zh"));
    }
}
