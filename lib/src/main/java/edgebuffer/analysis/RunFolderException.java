package edgebuffer.analysis;

import edgebuffer.cli.UserError;

/**
 * A run folder that cannot be read: missing, incomplete or malformed. The message is one line
 * that names the file and says what to do; as a {@link UserError}, scripts print it as is instead of a stack trace.
 */
public class RunFolderException extends UserError {

    public RunFolderException(String message) {
        super(message);
    }

    public RunFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
