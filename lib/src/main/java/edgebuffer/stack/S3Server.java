package edgebuffer.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server (S3Proxy, filesystem backend) in its own JVM: S3Proxy's libraries clash
 * with Pravega's, so it cannot share our class path.
 *
 * <p>{@link #stop()} and {@link #start()} keep the port and the data folder, so stopping it is the
 * embedded analogue of scaling the MinIO StatefulSet to 0: the server is gone, connections are
 * refused, and the data is there again when it comes back.
 */
public final class S3Server implements AutoCloseable {

    public static final String S3PROXY_VERSION = "2.6.0";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final String accessKey = "edgebuffer";
    private final String secretKey = UUID.randomUUID().toString();
    private Process process;

    public S3Server(Path dataDir, Path logFile) {
        this(dataDir, logFile, FreePorts.pick());
    }

    public S3Server(Path dataDir, Path logFile, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.port = port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }


    public String accessKey() {
        return accessKey;
    }

    /** Generated per server and never printed. */
    public String secretKey() {
        return secretKey;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server (again) on its port with its data folder; returns when it accepts connections. */
    public synchronized void start() throws IOException, InterruptedException {
        if (isRunning()) {
            return;
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        Path properties = writeProperties();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(s3ProxyJar() + java.io.File.pathSeparator + ownCodeLocation());
        command.add(S3ServerMain.class.getName());
        command.add("--properties");
        command.add(properties.toString());
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE) // held open: its end tells the child we died
                    .start();
            awaitReady();
        } finally {
            // S3Proxy read it at start-up; the secret must not outlive that (run folders are kept and shared)
            Files.deleteIfExists(properties);
        }
    }

    /** Stops the server; connections are refused until {@link #start()}. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the S3 server exited at start-up (exit code " + process.exitValue()
                        + "); see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        stop();
        throw new IOException("the S3 server did not open port " + port + " within " + READY_TIMEOUT.toSeconds()
                + " s; see " + logFile);
    }

    private Path writeProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("s3proxy.endpoint", endpoint().toString());
        p.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        p.setProperty("s3proxy.identity", accessKey);
        p.setProperty("s3proxy.credential", secretKey);
        p.setProperty("jclouds.provider", "filesystem");
        p.setProperty("jclouds.filesystem.basedir", dataDir.toString());
        Path file = Files.createTempFile("edgebuffer-s3-", ".properties",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "S3Proxy settings written by edgebuffer (holds a per-run secret; deleted once S3Proxy runs)");
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** S3Proxy's self-contained jar from the local Maven repository, fetched through Maven when missing. */
    static Path s3ProxyJar() throws IOException, InterruptedException {
        Path repo = Paths.get(System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path jar = repo.resolve(Paths.get("org", "gaul", "s3proxy", S3PROXY_VERSION,
                "s3proxy-" + S3PROXY_VERSION + "-jar-with-dependencies.jar"));
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        System.out.println("Fetching S3Proxy " + S3PROXY_VERSION + " from Maven Central (once) ...");
        Process mvn = new ProcessBuilder("mvn", "-q", "-B", "dependency:get",
                "-Dartifact=org.gaul:s3proxy:" + S3PROXY_VERSION + ":jar:jar-with-dependencies", "-Dtransitive=false")
                .inheritIO().start();
        if (mvn.waitFor() != 0 || !Files.isRegularFile(jar)) {
            throw new IOException("could not fetch S3Proxy through Maven; run: mvn dependency:get "
                    + "-Dartifact=org.gaul:s3proxy:" + S3PROXY_VERSION + ":jar:jar-with-dependencies");
        }
        return jar;
    }

    private static String ownCodeLocation() {
        try {
            return Paths.get(S3ServerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the toolkit's own classes", e));
        }
    }
}
