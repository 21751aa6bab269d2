package dev.cca.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule change does to a catalog: the same centers scored by the old and by the new rule set (two
 * batch results of the same input), joined by center id. A center changes when its grade or its rank moves,
 * or its score moves by at least a hundredth (the precision written).
 */
public record RuleImpact(List<ScenarioSummary> scenarios, List<Move> moves, int centers, int onlyBefore, int onlyAfter) {

    /** Per scenario: how many centers went up or down a grade, and how far scores moved. */
    public record ScenarioSummary(String scenario, int scored, int gradeUp, int gradeDown, int rankChanged,
                                  double meanDelta, double maxUp, double maxDown) {
    }

    /** One center in one scenario whose grade, rank or score moved. */
    public record Move(String id, String name, String scenario, double before, double after, int gradeBefore,
                       int gradeAfter, int rankBefore, int rankAfter) {
        public double delta() {
            return after - before;
        }

        public boolean gradeChanged() {
            return gradeBefore != gradeAfter;
        }
    }

    /** Joins two results of the same catalog; scenarios are those of {@code after} that {@code before} has too. */
    public static RuleImpact of(BatchResult before, BatchResult after) {
        Map<String, Integer> beforeRow = new HashMap<>();
        for (int i = 0; i < before.rows().size(); i++) {
            beforeRow.putIfAbsent(before.rows().get(i).id(), i);
        }
        int[][] rb = before.ranksByRow();
        int[][] ra = after.ranksByRow();
        List<ScenarioSummary> summaries = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        int joined = 0;
        for (BatchRow r : after.rows()) {
            if (beforeRow.containsKey(r.id())) {
                joined++;
            }
        }
        for (int sa = 0; sa < after.scenarios().size(); sa++) {
            String sid = after.scenarios().get(sa).id();
            int sb = before.scenarioIndex(sid);
            if (sb < 0) {
                continue;
            }
            int scored = 0;
            int up = 0;
            int down = 0;
            int rankChanged = 0;
            double sum = 0;
            double maxUp = 0;
            double maxDown = 0;
            for (int i = 0; i < after.rows().size(); i++) {
                BatchRow a = after.rows().get(i);
                Integer j = beforeRow.get(a.id());
                if (j == null) {
                    continue;
                }
                BatchRow b = before.rows().get(j);
                double x = b.scenario()[sb];
                double y = a.scenario()[sa];
                if (x != x || y != y) {
                    continue;
                }
                scored++;
                double d = round2(y) - round2(x);
                sum += d;
                maxUp = Math.max(maxUp, d);
                maxDown = Math.min(maxDown, d);
                int gb = b.grade()[sb];
                int ga = a.grade()[sa];
                up += ga > gb ? 1 : 0;
                down += ga < gb ? 1 : 0;
                boolean rank = rb[sb][j] != ra[sa][i];
                rankChanged += rank ? 1 : 0;
                if (ga != gb || rank || Math.abs(d) >= 0.01) {
                    moves.add(new Move(a.id(), a.name(), sid, x, y, gb, ga, rb[sb][j], ra[sa][i]));
                }
            }
            summaries.add(new ScenarioSummary(sid, scored, up, down, rankChanged, scored == 0 ? 0 : sum / scored, maxUp, maxDown));
        }
        // Grade changes first, then the largest score moves; ties by id, so the order is stable.
        moves.sort(Comparator.comparing((Move m) -> !m.gradeChanged())
                .thenComparing(m -> -Math.abs(m.delta()))
                .thenComparing(Move::id)
                .thenComparing(Move::scenario));
        return new RuleImpact(summaries, moves, joined, before.rows().size() - joined, after.rows().size() - joined);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
