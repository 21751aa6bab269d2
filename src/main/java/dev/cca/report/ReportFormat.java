package dev.cca.report;

import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import java.util.List;

/**
 * One report format: the name {@code --format} takes, the file extensions that select it, and its renderer
 * of each result kind it can carry (null when it carries none of that kind: a ranking CSV has no
 * single-center form).
 *
 * @param extensions   lower case, without the dot; the first is the one shown in help
 * @param listsProblems the format reports invalid inputs as well as centers (JUnit, SARIF: what a CI system shows), so it
 *                      is written even when no center could be assessed; a report of centers (Markdown, JSON, CSV,
 *                      Excel) is then not written, so that an earlier one is never replaced by an empty one
 */
public record ReportFormat(String name, String title, List<String> extensions,
                           Renderer<AssessmentResult> assessment, Renderer<BatchResult> batch, boolean listsProblems) {

    public ReportFormat {
        extensions = List.copyOf(extensions);
    }

    /** A report of centers only. */
    public ReportFormat(String name, String title, List<String> extensions, Renderer<AssessmentResult> assessment,
                        Renderer<BatchResult> batch) {
        this(name, title, extensions, assessment, batch, false);
    }

    /** The two kinds of result a command writes: one assessment per center, or a catalog's ranking. */
    public enum Kind {
        ASSESSMENT("assess"), BATCH("batch");

        private final String command;

        Kind(String command) {
            this.command = command;
        }

        /** The command that writes this kind. */
        public String command() {
            return command;
        }
    }

    /**
     * Whether a report in this format is written by a run that assessed or scored {@code anyCenter}: a report of centers
     * is not written when there is none (an earlier report at its path stays as it was); a format that lists invalid
     * inputs ({@link #listsProblems}: JUnit, SARIF) always is.
     */
    public boolean writtenWith(boolean anyCenter) {
        return anyCenter || listsProblems;
    }

    public boolean supports(Kind kind) {
        return (kind == Kind.ASSESSMENT ? assessment : batch) != null;
    }
}
