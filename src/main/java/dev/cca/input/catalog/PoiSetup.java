package dev.cca.input.catalog;

/**
 * What must happen before POI is first used, by the catalog reader and the workbook writer alike. POI logs
 * through the Log4j API, and without a Log4j implementation on the class path (cca ships none) the API prints
 * "could not find a logging provider" to standard error, in the middle of a user's output. Pointing it at its
 * own simple logger, which prints only errors, keeps the terminal clean; a user who configures Log4j keeps
 * their setting. The temporary files of streamed workbooks are marked for deletion when the JVM exits, so that
 * an interrupted run (Ctrl-C) leaves none behind.
 */
public final class PoiSetup {

    private static final String FACTORY = "log4j2.loggerContextFactory";
    /** Read by POI's default temporary-file strategy. */
    private static final String DELETE_ON_EXIT = "poi.delete.tmp.files.on.exit";

    static {
        if (System.getProperty(FACTORY) == null && System.getProperty("log4j2.provider") == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty(DELETE_ON_EXIT) == null) {
            System.setProperty(DELETE_ON_EXIT, "true");
        }
    }

    private PoiSetup() {
    }

    /** Runs the static set-up once; call before the first use of a POI class. */
    public static void ensure() {
        // The work is in the static initialiser, which the JVM runs exactly once.
    }
}
