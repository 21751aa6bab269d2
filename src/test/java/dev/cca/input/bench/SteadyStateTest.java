package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

    @Test
    void aTenthOfTheLoggedStepsRoundedUpIsWarmUpAndAtLeastOne() {
        assertEquals(1, SteadyState.warmup(3));
        assertEquals(1, SteadyState.warmup(10));
        assertEquals(2, SteadyState.warmup(11));
        assertEquals(2, SteadyState.warmup(20));
        assertEquals(10, SteadyState.warmup(100));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, SteadyState.median(new double[] {4, 1, 3, 2}));
        assertEquals(3, SteadyState.median(new double[] {5, 3, 1}));
    }

    @Test
    void aRepeatedStepNumberCountsAtItsFirstLine() {
        List<SteadyState.Step> all = new ArrayList<>();
        for (long s : new long[] {1, 2, 2, 3, 1}) {
            all.add(new SteadyState.Step(s, Location.NONE, Map.of("v", (double) all.size())));
        }
        List<SteadyState.Step> once = SteadyState.firstOfEachStep(all);
        assertEquals(3, once.size());
        assertEquals(1.0, once.get(1).values().get("v"));
    }
}
