package edgebuffer.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edgebuffer.cli.Logging;
import edgebuffer.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs the Rapaio Java kernel for the notebooks: its jar from Maven Central (through Maven,
 * so the machine's Maven settings apply) and a kernelspec whose kernel.json runs it on this JDK,
 * headless, with Rapaio's dependency cache pointed at the local Maven repository so that
 * {@code %dependency /add io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT} finds an installed build.
 */
public final class KernelInstaller {

    public static final String KERNEL_NAME = "edgebuffer-java";
    static final String ARTIFACT = "io.github.padreati:rapaio-jupyter-kernel:3.0.1";
    private static final String JAR_IN_REPOSITORY = "io/github/padreati/rapaio-jupyter-kernel/3.0.1/rapaio-jupyter-kernel-3.0.1.jar";
    private static final String INSTALL_JUPYTER = "install Jupyter first: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client jupyter-core";

    private KernelInstaller() {
    }

    /**
     * @param kernelsDir the Jupyter kernels folder, or null for {@code <jupyter --data-dir>/kernels}
     * @return the kernelspec folder written
     */
    public static Path install(Path kernelsDir, Path mavenRepository) {
        Path dir = (kernelsDir != null ? kernelsDir : jupyterDataDir().resolve("kernels")).resolve(KERNEL_NAME);
        Path jar = resolveKernelJar(mavenRepository);
        try {
            Files.createDirectories(dir);
            Path installedJar = dir.resolve("rapaio-jupyter-kernel.jar");
            Files.copy(jar, installedJar, StandardCopyOption.REPLACE_EXISTING);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve("kernel.json"), json.writeValueAsString(kernelJson(installedJar, mavenRepository)));
            return dir;
        } catch (IOException e) {
            throw new UserError("cannot write the kernelspec in " + dir + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
    }

    /** ~/.m2/repository, or Maven's -Dmaven.repo.local when this JVM was given one. */
    public static Path defaultMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static Map<String, Object> kernelJson(Path installedJar, Path mavenRepository) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Map<String, String> env = new LinkedHashMap<>();
        // Rapaio resolves RJK_MIMA_CACHE against the kernel jar's folder (an absolute path is not taken as is)
        env.put("RJK_MIMA_CACHE", installedJar.toAbsolutePath().getParent().relativize(mavenRepository.toAbsolutePath()).toString());
        env.put("RJK_COMPILER_OPTIONS", "");
        env.put("RJK_INIT_SCRIPT", "");
        env.put("RJK_TIMEOUT_MILLIS", "-1");
        Map<String, Object> kernel = new LinkedHashMap<>();
        // our logback configuration, before Pravega's logback.xml writes logs/controller-server.log next to the notebook
        kernel.put("argv", List.of(java.toString(), "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + Logging.CONFIGURATION, "-jar",
                installedJar.toAbsolutePath().toString(), "{connection_file}"));
        kernel.put("display_name", "Java " + Runtime.version().feature() + " (Rapaio, edgebuffer)");
        kernel.put("language", "java");
        kernel.put("interrupt_mode", "message");
        kernel.put("env", env);
        return kernel;
    }

    /** The kernel jar in the local repository, fetched with {@code mvn dependency:get} when it is not there yet. */
    static Path resolveKernelJar(Path mavenRepository) {
        Path jar = mavenRepository.resolve(JAR_IN_REPOSITORY);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        List<String> command = List.of("mvn", "-q", "-B", "dependency:get", "-Dartifact=" + ARTIFACT, "-Dtransitive=false",
                "-Dmaven.repo.local=" + mavenRepository.toAbsolutePath());
        ProcessRunner.Result result = ProcessRunner.run(command, Map.of(), null, 600);
        if (!result.ok() || !Files.isRegularFile(jar)) {
            throw new SetupException("could not fetch " + ARTIFACT + " with Maven (is mvn installed and Maven Central reachable?): "
                    + lastLine(result.output()));
        }
        return jar;
    }

    static Path jupyterDataDir() {
        ProcessRunner.Result result = ProcessRunner.run(List.of(ProcessRunner.jupyter(), "--data-dir"), Map.of(), null, 60);
        if (!result.ok()) {
            throw new SetupException("jupyter not found or not working; " + INSTALL_JUPYTER);
        }
        return Path.of(lastLine(result.output()));
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
