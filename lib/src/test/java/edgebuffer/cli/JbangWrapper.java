package edgebuffer.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's {@code ./jbang} wrapper as a user would, from a given folder, and captures what it
 * printed. Output goes to files rather than pipes so that a chatty script can never block on a full pipe.
 */
public final class JbangWrapper {

    /** What one run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
        public String describe() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    /**
     * The first run on a fresh machine installs the library and fetches JBang and every dependency,
     * which takes minutes; a run that takes longer than this is hanging.
     */
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final Path script;

    private JbangWrapper(Path script) {
        this.script = script;
    }

    /** The wrapper at the repository root: -Dedgebuffer.repoRoot, else the parent of lib/ (Maven's working folder). */
    public static JbangWrapper ofRepository() {
        Path root = Path.of(System.getProperty("edgebuffer.repoRoot", "..")).toAbsolutePath().normalize();
        Path script = root.resolve("jbang");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("no executable ./jbang in " + root + " (set -Dedgebuffer.repoRoot)");
        }
        return new JbangWrapper(script);
    }

    public Path repositoryRoot() {
        return script.getParent();
    }

    public Result run(Path workingDir, Map<String, String> extraEnv, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jbang-wrapper", ".out");
        Path err = Files.createTempFile("jbang-wrapper", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(extraEnv);
            if (stdin == null) {
                builder.redirectInput(new File("/dev/null"));   // like CI: no standard input
            }
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Result(-1, Files.readString(out), Files.readString(err) + "\n(killed after " + TIMEOUT + ")");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
