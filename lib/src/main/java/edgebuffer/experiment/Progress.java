package edgebuffer.experiment;

import edgebuffer.analysis.Run;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of a running experiment: phase, MB/s acknowledged, seconds left. On a terminal
 * it rewrites one line every second; in a log (CI, a pipe) it prints a line every ten seconds.
 */
final class Progress {

    private static final int LOG_EVERY_SECONDS = 10;

    private final PrintStream out;
    private final boolean terminal;
    private int ticks;

    Progress(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
    }

    void show(String phase, int phaseSecond, int phaseSeconds, double bytesPerSecond, long dropped, int secondsLeft) {
        String line = String.format(Locale.ROOT, "[%-8s] %3d/%-3d s | %6.2f MB/s acknowledged | %d frames dropped | %d s left",
                phase, phaseSecond, phaseSeconds, bytesPerSecond / Run.MIB, dropped, secondsLeft);
        if (terminal) {
            out.print("\r" + line);
            out.flush();
        } else if (ticks++ % LOG_EVERY_SECONDS == 0) {
            out.println(line);
        }
    }

    /** Prints a line of its own (an event such as the outage starting), keeping the progress line intact. */
    void event(String message) {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println(message);
    }

    void done() {
        if (terminal) {
            out.println();
        }
    }
}
