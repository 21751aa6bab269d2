package dev.cca.run;

import dev.cca.diag.Code;
import dev.cca.diag.Message;

/**
 * A command line that cannot run as given: an option value the run refuses, a file named where none can be. It carries
 * a code of the catalogue ({@code CCA-O}) and is printed in the run's language; {@link #getMessage()} is the English.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public UsageException(Code code, Object... args) {
        this(new Message(code, args));
    }

    public UsageException(Message message) {
        super(message.get("en"));
        this.message = message;
    }

    /** The problem, in either language. */
    public Message message() {
        return message;
    }
}
