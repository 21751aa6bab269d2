package dev.cca.report;

/**
 * How to render: report language ({@code en} or {@code zh}), whether the terminal takes ANSI colour, the
 * terminal width, and for catalog reports the scenario whose ranking orders rows and how many rows a top
 * list shows.
 */
public record RenderOptions(String lang, boolean color, int width, String rankBy, int top) {

    public static final RenderOptions DEFAULT = new RenderOptions("en", false, 80);

    /** Rows in a top list when nothing else is asked for. */
    public static final int DEFAULT_TOP = 20;

    public RenderOptions(String lang, boolean color, int width) {
        this(lang, color, width, "training", DEFAULT_TOP);
    }

    /** Options of a file report: no colour, 80 columns. */
    public static RenderOptions file(String lang, String rankBy, int top) {
        return new RenderOptions(lang, false, 80, rankBy, top);
    }

    public RenderOptions withLang(String l) {
        return new RenderOptions(l, color, width, rankBy, top);
    }

    public boolean zh() {
        return "zh".equals(lang);
    }
}
