package edgebuffer.tier;

import edgebuffer.stack.S3Server;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The tier tests' S3: the toolkit's {@link S3Server} (S3Proxy in its own JVM; stop then start on the
 * same port is the outage) plus the few client calls the tests make to look inside the bucket.
 */
final class S3ProxyForTests implements AutoCloseable {
    static final String BUCKET = "tier-test";

    private final S3Server server;

    S3ProxyForTests(Path dir) {
        this.server = new S3Server(dir.resolve("s3data"), dir.resolve("s3proxy.log"));
    }

    String endpoint() {
        return server.endpoint().toString();
    }

    String accessKey() {
        return server.accessKey();
    }

    String secretKey() {
        return server.secretKey();
    }

    void start() throws Exception {
        server.start();
    }

    /** Kills the server: clients get "connection refused" until {@link #start()}. */
    void stop() throws InterruptedException {
        server.stop();
    }

    S3Client client() {
        return S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey(), secretKey())))
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
