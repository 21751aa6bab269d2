package dev.cca.input.bench;

import java.util.Locale;
import java.util.Map;

/**
 * The unit strings benchmark tools write next to their values, and the factor that takes each to the
 * canonical unit of the vocabulary. Only units a tool is known to write are accepted: an unexpected unit is an
 * error, never a guess.
 */
final class NativeUnits {

    /** Kinds of value a unit can measure, for messages and for matching a unit to a metric. */
    enum Dimension {
        TIME("a time (ns, us, ms, s)"),
        TOKEN_RATE("a token rate (tokens/sec)"),
        REQUEST_RATE("a request rate (requests/sec)"),
        TOKEN_RATE_PER_USER("a per-user token rate (tokens/sec/user)");

        final String describe;

        Dimension(String describe) {
            this.describe = describe;
        }
    }

    /** To milliseconds. */
    private static final Map<String, Double> TIME = Map.ofEntries(
            Map.entry("ns", 1e-6), Map.entry("us", 1e-3), Map.entry("µs", 1e-3), Map.entry("μs", 1e-3),
            Map.entry("ms", 1.0), Map.entry("s", 1000.0), Map.entry("sec", 1000.0), Map.entry("secs", 1000.0),
            Map.entry("second", 1000.0), Map.entry("seconds", 1000.0));

    /** To per second. */
    private static final Map<String, Double> TOKEN_RATE = Map.of("tokens/sec", 1.0, "tokens/s", 1.0,
            "tok/s", 1.0, "tokens/second", 1.0, "tokens/ms", 1000.0);
    private static final Map<String, Double> REQUEST_RATE = Map.of("requests/sec", 1.0, "requests/s", 1.0,
            "req/s", 1.0, "requests/second", 1.0, "per sec", 1.0);
    private static final Map<String, Double> TOKEN_RATE_PER_USER = Map.of("tokens/sec/user", 1.0,
            "tokens/s/user", 1.0, "tok/s/user", 1.0, "tokens/second/user", 1.0);

    private NativeUnits() {
    }

    /** The factor to the canonical unit, or null when {@code unit} is not one of {@code d}. */
    static Double factor(String unit, Dimension d) {
        String k = unit.strip().toLowerCase(Locale.ROOT);
        return switch (d) {
            case TIME -> TIME.get(k);
            case TOKEN_RATE -> TOKEN_RATE.get(k);
            case REQUEST_RATE -> REQUEST_RATE.get(k);
            case TOKEN_RATE_PER_USER -> TOKEN_RATE_PER_USER.get(k);
        };
    }

    /** Nanoseconds to milliseconds, as MLPerf LoadGen reports every latency in ns. */
    static double nsToMs(double ns) {
        return ns / 1e6;
    }

    /**
     * nccl-tests prints bandwidths in GB/s, decimal gigabytes (bytes / 1e9 / seconds); the vocabulary keeps
     * network bandwidth in gigabits, like the profile's per_accelerator_gbps, so values are multiplied by 8.
     */
    static double gigabytesToGigabits(double gbytesPerSecond) {
        return gbytesPerSecond * 8;
    }
}
