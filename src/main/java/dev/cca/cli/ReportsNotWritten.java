package dev.cca.cli;

import java.util.List;

/**
 * What a run that assessed or scored no center says of the reports it did not write: a report of centers (Markdown,
 * JSON, CSV, Excel) is never written empty, so an earlier report at its path stays as it was; JUnit and SARIF, which
 * list the invalid inputs, are written as usual. The same words for assess and batch.
 */
final class ReportsNotWritten {

    private ReportsNotWritten() {
    }

    static void say(Env env, String lang, String command, List<String> notWritten) {
        if (notWritten.isEmpty()) {
            return;
        }
        String files = String.join(", ", notWritten);
        env.err().println("zh".equals(lang)
                ? "cca " + command + "：没有中心得到" + ("batch".equals(command) ? "评分" : "评估") + "，因此没有写出中心报告 " + files
                        + "（该路径上已有的报告保持不变）"
                : "cca " + command + ": no center was " + ("batch".equals(command) ? "scored" : "assessed")
                        + ", so no report of centers was written to " + files + " (an earlier report at that path is unchanged)");
        env.err().flush();
    }
}
