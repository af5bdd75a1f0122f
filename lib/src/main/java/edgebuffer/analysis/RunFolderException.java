package edgebuffer.analysis;

/**
 * A run folder that cannot be read: missing, incomplete or malformed. The message is one line
 * that names the file and says what to do, so scripts print it as is instead of a stack trace.
 */
public class RunFolderException extends RuntimeException {

    public RunFolderException(String message) {
        super(message);
    }

    public RunFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
