package dev.cca.report;

/**
 * How to render: report language ({@code en} or {@code zh}), whether the terminal takes ANSI colour, and
 * the terminal width.
 */
public record RenderOptions(String lang, boolean color, int width) {

    public static final RenderOptions DEFAULT = new RenderOptions("en", false, 80);

    public boolean zh() {
        return "zh".equals(lang);
    }
}
