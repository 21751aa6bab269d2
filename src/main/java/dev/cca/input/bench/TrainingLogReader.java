package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.util.List;
import java.util.Map;

/**
 * What the Megatron-LM and torchtitan readers share: find the per-step lines of a training log, apply the
 * {@link SteadyState} rule, and report the median of each value under its vocabulary key. Subclasses only
 * know their own line format.
 */
abstract class TrainingLogReader implements LogReader {

    /** The step lines of the log, in order, and the conditions its other lines reveal. */
    abstract List<SteadyState.Step> steps(Iterable<TextLog.Line> lines, String file, RunConditions c, Problems problems);

    /** Value name as {@link #steps} stores it, to the vocabulary key its median is reported as. */
    abstract Map<String, String> reported();

    /** What the log calls a step ("iteration", "step"), for messages. */
    abstract String stepWord();

    @Override
    public final NativeRun read(TextLog log) throws InputException {
        String name = log.name();
        Problems problems = new Problems();
        RunConditions c = new RunConditions(problems);
        List<SteadyState.Step> all = steps(log, name, c, problems);
        List<SteadyState.Step> logged = SteadyState.firstOfEachStep(all);
        Location end = Location.of(name, Math.max(1, log.lineCount()), 1);
        MeasurementSet m = new MeasurementSet(problems);
        if (logged.size() < SteadyState.MIN_LOGGED_STEPS) {
            if (!problems.hasErrors()) {
                if (logged.isEmpty()) {
                    problems.error(end, dev.cca.diag.BenchCode.NO_LOGGED_STEPS, stepWord());
                } else {
                    problems.error(end, dev.cca.diag.BenchCode.TOO_FEW_LOGGED_STEPS, logged.size(), stepWord(),
                            SteadyState.MIN_LOGGED_STEPS);
                }
            }
        } else {
            List<SteadyState.Step> steady = SteadyState.steady(logged);
            reported().forEach((value, key) -> SteadyState.report(key, value, steady, logged.size(), m));
            if (m.isEmpty() && !problems.hasErrors()) {
                problems.error(end, BenchCode.LINES_AFTER_WARM_UP, stepWord(), String.join(", ", reported().keySet()));
            }
        }
        List<Measurement> list = m.finish();
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        return new NativeRun(format(), BenchmarkKinds.TRAINING_EFFICIENCY, c.toMap(), list, problems.all());
    }

    /**
     * A value of a step line: a finite, non-negative number, or an error at its place. Returns null for a
     * value that is refused, so the step keeps its other values.
     */
    static Double value(String raw, String what, Location at, Problems problems) {
        Double v = TextLog.number(raw);
        if (v == null || v.isNaN() || v.isInfinite()) {
            problems.error(at, BenchCode.NOT_NUMBER_3, what, raw);
            return null;
        }
        if (v < 0) {
            problems.error(at, BenchCode.MUST_NOT_NEGATIVE_GOT, what, raw);
            return null;
        }
        return v;
    }
}
