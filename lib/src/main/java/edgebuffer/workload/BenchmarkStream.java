package edgebuffer.workload;

import io.pravega.client.ClientConfig;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.ScalingPolicy;
import io.pravega.client.stream.StreamConfiguration;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A writer's stream, named as in the original: scope {@code benchmark<id>}, stream {@code latency}.
 * One fixed segment, so frames stay in order and the segment is a gstreamer-pravega byte stream.
 */
public record BenchmarkStream(String scope, String stream) {

    public static final String SCOPE_PREFIX = "benchmark";
    public static final String STREAM_NAME = "latency";

    /** A fresh random scope, so a run never reads a previous run's data. */
    public static BenchmarkStream random() {
        return new BenchmarkStream(SCOPE_PREFIX + Math.abs(ThreadLocalRandom.current().nextLong() % 1_000_000_000L), STREAM_NAME);
    }

    public void create(URI controller) {
        try (StreamManager manager = StreamManager.create(ClientConfig.builder().controllerURI(controller).build())) {
            manager.createScope(scope);
            manager.createStream(scope, stream,
                    StreamConfiguration.builder().scalingPolicy(ScalingPolicy.fixed(1)).build());
        }
    }

    public String qualifiedName() {
        return scope + "/" + stream;
    }
}
