package edgebuffer.tier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real S3 server for the tier's tests: S3Proxy (filesystem backend) in its own JVM, because its libraries
 * clash with Pravega's. {@link #stop()} then {@link #start()} on the same port is the outage.
 * Small on purpose: the shared edgebuffer.stack.S3Server replaces it at merge.
 */
final class S3ProxyForTests implements AutoCloseable {
    static final String ACCESS_KEY = "tier-test-identity";
    static final String SECRET_KEY = "tier-test-credential";
    static final String BUCKET = "tier-test";

    private final Path dir;
    private final int port;
    private Process process;

    S3ProxyForTests(Path dir) throws IOException {
        this.dir = dir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        Path data = Files.createDirectories(dir.resolve("s3data"));
        Path properties = dir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=" + endpoint(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data) + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx256m", "-cp", jar(), "org.gaul.s3proxy.Main", "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("S3Proxy did not start; see " + dir.resolve("s3proxy.log"));
            }
            Thread.sleep(100);
        }
    }

    /** Kills the server: clients get "connection refused" until {@link #start()}. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String jar() {
        String jar = System.getProperty("s3proxy.jar", Path.of(System.getProperty("user.home"),
                ".m2/repository/org/gaul/s3proxy/2.6.0/s3proxy-2.6.0-jar-with-dependencies.jar").toString());
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Proxy jar not found at " + jar + ": run mvn -f lib dependency:resolve");
        }
        return jar;
    }

    S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    void createBucket() {
        try (S3Client client = client()) {
            client.createBucket(b -> b.bucket(BUCKET));
        }
    }

    /** Object keys in the test bucket, sorted; without the directory entries S3Proxy's filesystem backend lists. */
    List<String> keys() {
        try (S3Client client = client()) {
            return client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream()
                    .map(S3Object::key).filter(k -> !k.isEmpty() && !k.endsWith("/")).sorted().collect(Collectors.toList());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
