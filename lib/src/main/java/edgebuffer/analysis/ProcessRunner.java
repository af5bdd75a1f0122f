package edgebuffer.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external tool (jupyter, mvn) to completion and hands back its exit code and combined output. */
final class ProcessRunner {

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private ProcessRunner() {
    }

    static Result run(List<String> command, Map<String, String> env, Path workDir, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("edgebuffer-process", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                if (workDir != null) {
                    builder.directory(workDir.toFile());
                }
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    return new Result(-1, Files.readString(log, StandardCharsets.UTF_8) + "\n(timed out after " + timeoutSeconds + " s)");
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Debian's jupyter (its own /usr/bin/python3) wins over whatever python comes first on PATH. */
    static String jupyter() {
        return Files.isExecutable(Path.of("/usr/bin/jupyter")) ? "/usr/bin/jupyter" : "jupyter";
    }
}
