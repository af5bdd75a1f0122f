package edgebuffer.cluster;

import edgebuffer.stack.S3Server;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cluster tests' stand-in for the MinIO tenant's S3: the toolkit's own {@link S3Server}, one per
 * test class (register it as a static {@code @RegisterExtension} field). Its keys are generated per
 * server, so tests take their options from {@link #options} to give Pravega (and the session) the
 * keys this server accepts.
 */
final class TenantS3Server implements BeforeAllCallback, AfterAllCallback {

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    private Path dir;
    private S3Server server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("tenant-s3");
        server = new S3Server(dir.resolve("data"), dir.resolve("s3proxy.log"));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The server itself, for its keys. */
    S3Server server() {
        return server;
    }

    /** The endpoint as the cluster code takes it. */
    String endpoint() {
        return server.endpoint().toString();
    }

    /** {@link TestOptions#cluster} with this server's keys as Pravega's S3 keys. */
    ClusterOptions options(String... args) {
        ClusterOptions o = TestOptions.cluster(args);
        o.s3AccessKey = server.accessKey();
        o.s3SecretKey = server.secretKey();
        return o;
    }

    /** A session on the mock API server whose S3 is this server; output is discarded. */
    ClusterSession session(KubernetesClient client, ClusterOptions o, Charts charts) {
        return new ClusterSession(client, o, charts, QUIET, endpoint());
    }
}
