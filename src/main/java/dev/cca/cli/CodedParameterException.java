package dev.cca.cli;

import dev.cca.diag.Code;
import dev.cca.diag.Message;
import picocli.CommandLine;

/** An option value refused while the command line is read, with its code ({@code CCA-O}) and message in both languages. */
final class CodedParameterException extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    CodedParameterException(CommandLine line, Code code, Object... args) {
        super(line, new Message(code, args).get("en"));
        this.message = new Message(code, args);
    }

    Message message() {
        return message;
    }
}
