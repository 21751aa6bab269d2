package dev.cca.testing;

import java.util.List;

/** YAML text with tabs where YAML 1.2 reads them as separating white space. */
public final class Tabbed {

    private Tabbed() {
    }

    /**
     * The text with each space of a blank run that separates tokens (after a key's ':', after a flow collection's ',',
     * before a comment, after a line's last token) a tab or a space as {@code tabs} says in turn (so that every column
     * stays where it was); values and indentation as they were.
     */
    public static String separators(String yaml, List<Boolean> tabs, int[] next) {
        StringBuilder out = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            out.append(line, 0, indent);
            boolean flow = false;
            char quote = 0;
            int i = indent;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (quote != 0 || c == '"' || c == '\'') {
                    quote = quote == 0 ? c : c == quote ? 0 : quote;
                    out.append(c);
                    i++;
                    continue;
                }
                flow |= c == '{' || c == '[';
                int end = i + 1;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                boolean separates = (c == ':' || flow && c == ',') && end > i + 1;
                boolean beforeComment = end > i + 1 && end < line.length() && line.charAt(end) == '#';
                boolean trailing = end > i + 1 && end == line.length();
                out.append(c);
                if (separates || beforeComment || trailing) {
                    for (int k = i + 1; k < end; k++) {
                        out.append(tabs.get(next[0]++ % tabs.size()) ? '\t' : ' ');
                    }
                    if (beforeComment) {
                        out.append(line, end, line.length());
                        break;
                    }
                    i = end;
                } else {
                    i++;
                }
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
