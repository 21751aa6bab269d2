package dev.cca.run;

/** A request that cannot be carried out as given (exit 2): the message says what to change. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
