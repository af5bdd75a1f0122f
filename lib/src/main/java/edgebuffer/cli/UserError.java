package edgebuffer.cli;

/**
 * A failure the user can fix: its message is one line that says what went wrong and what to do.
 * {@link Cli#run} prints only that line (no stack trace) and exits non-zero.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
