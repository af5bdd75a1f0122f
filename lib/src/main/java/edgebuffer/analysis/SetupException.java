package edgebuffer.analysis;

import edgebuffer.cli.UserError;

/** A missing tool or a failed set-up step (Jupyter, Maven, the kernel, a notebook): one line saying what to do. */
public class SetupException extends UserError {

    public SetupException(String message) {
        super(message);
    }
}
