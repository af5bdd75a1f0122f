package edgebuffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CliTest {

    @Command(name = "fails")
    static class Fails implements Callable<Integer> {
        @Option(names = "--how", defaultValue = "user")
        String how;

        @Override
        public Integer call() throws Exception {
            switch (how) {
                case "user" -> throw new UserError("no bucket tier-2-geds: run minio-install first");
                case "wrapped" -> throw new IllegalStateException("outer", new UserError("inner says what to do"));
                case "bug" -> throw new IllegalStateException("outer", new NullPointerException("x was null\nsecond line"));
                default -> {
                    return 0;
                }
            }
        }
    }

    private static String[] runCapturing(String how) {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new Fails());
        cl.setErr(new PrintWriter(err));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int code = cl.execute("--how", how);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void userErrorIsOneLineAndExitOne() {
        String[] r = runCapturing("user");
        assertEquals("1", r[0]);
        assertEquals("error: no bucket tier-2-geds: run minio-install first", r[1].strip());
    }

    @Test
    void userErrorFoundInCauseChain() {
        String[] r = runCapturing("wrapped");
        assertEquals("1", r[0]);
        assertEquals("error: inner says what to do", r[1].strip());
    }

    @Test
    void unexpectedFailureIsOneLineWithoutStackTrace() {
        String[] r = runCapturing("bug");
        assertEquals(String.valueOf(Cli.UNEXPECTED_EXIT), r[0]);
        String out = r[1].strip();
        assertFalse(out.contains("\n"), out);
        assertFalse(out.contains("\tat "), out);
        assertTrue(out.startsWith("error: NullPointerException: x was null"), out);
    }

    @Test
    void successReturnsZero() {
        assertEquals("0", runCapturing("none")[0]);
    }
}
