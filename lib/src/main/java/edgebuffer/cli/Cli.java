package edgebuffer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Runs a picocli command the way every script in this toolkit does: a {@link UserError} anywhere
 * in the cause chain becomes its one-line message on stderr and exit code 1; any other failure is
 * also one line (its type and message), because a stack trace tells a user nothing they can act
 * on. Set {@value #DEBUG_ENV}=1 to see the stack trace when reporting a bug.
 */
public final class Cli {

    public static final String DEBUG_ENV = "EDGEBUFFER_DEBUG";
    public static final int USER_ERROR_EXIT = 1;
    public static final int UNEXPECTED_EXIT = 70; // EX_SOFTWARE

    private Cli() {
    }

    /** Parses {@code args}, runs {@code command} and returns the exit code for {@code System.exit}. */
    public static int run(Object command, String[] args) {
        return commandLine(command).execute(args);
    }

    /** The configured {@link CommandLine}, for callers that need to adjust it before executing. */
    public static CommandLine commandLine(Object command) {
        return new CommandLine(command).setExecutionExceptionHandler(new OneLineErrors());
    }

    /** The one line printed for {@code failure}. */
    public static String oneLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserError) {
                return "error: " + firstLine(t.getMessage());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
        return "error: " + root.getClass().getSimpleName() + message
                + " (unexpected; run with " + DEBUG_ENV + "=1 for details)";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static boolean debug() {
        String v = System.getenv(DEBUG_ENV);
        return v != null && !v.isBlank() && !v.equals("0");
    }

    private static final class OneLineErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            err.println(cmd.getColorScheme().errorText(oneLine(ex)));
            if (debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return isUserError(ex) ? USER_ERROR_EXIT : UNEXPECTED_EXIT;
        }

        private static boolean isUserError(Throwable ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof UserError) {
                    return true;
                }
            }
            return false;
        }
    }
}
