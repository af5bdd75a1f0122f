package edgebuffer.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real S3 server for tests (s3proxy, in-memory, with access-key checking), in its own JVM because
 * its libraries clash with Pravega's. The jar comes from the local Maven repository (a provided
 * dependency of the library).
 */
final class S3ProxyProcess implements AutoCloseable {

    static final String KEY = "miniostorage";

    private final Process process;
    private final int port;

    S3ProxyProcess() throws IOException, InterruptedException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path props = Files.createTempFile("s3proxy", ".properties");
        Files.write(props, List.of(
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + KEY,
                "s3proxy.credential=" + KEY,
                "jclouds.provider=transient",
                "jclouds.identity=unused",
                "jclouds.credential=unused"));
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "gaul", "s3proxy", "2.6.0",
                "s3proxy-2.6.0-jar-with-dependencies.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("s3proxy jar missing at " + jar + ": run the Maven build online once");
        }
        Path log = Files.createTempFile("s3proxy", ".log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("s3proxy did not start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
