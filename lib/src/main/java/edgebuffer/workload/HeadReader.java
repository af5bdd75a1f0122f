package edgebuffer.workload;

import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.admin.ReaderGroupManager;
import io.pravega.client.stream.EventStreamReader;
import io.pravega.client.stream.ReaderConfig;
import io.pravega.client.stream.ReaderGroupConfig;
import io.pravega.client.stream.Stream;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * A reader of one stream from its first event, in its own reader group so that every reader sees
 * every frame (as each reader pod did in the original). Used by the tailing latency readers and by
 * the integrity check.
 */
public final class HeadReader implements AutoCloseable {

    private final ReaderGroupManager groups;
    private final EventStreamClientFactory factory;
    private final EventStreamReader<ByteBuffer> reader;
    private final String group;

    public HeadReader(URI controller, BenchmarkStream stream, String purpose) {
        ClientConfig config = ClientConfig.builder().controllerURI(controller).build();
        this.group = purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.groups = ReaderGroupManager.withScope(stream.scope(), config);
        groups.createReaderGroup(group, ReaderGroupConfig.builder()
                .stream(Stream.of(stream.scope(), stream.stream()))
                .disableAutomaticCheckpoints()
                .build());
        this.factory = EventStreamClientFactory.withScope(stream.scope(), config);
        this.reader = factory.createReader(group + "-reader", group, new ByteBufferSerializer(), ReaderConfig.builder().build());
    }

    /** The next event, or null when none arrived within the timeout. */
    public ByteBuffer next(long timeoutMillis) {
        return reader.readNextEvent(timeoutMillis).getEvent();
    }

    @Override
    public void close() {
        try {
            reader.close();
            factory.close();
            groups.deleteReaderGroup(group);
        } catch (RuntimeException e) {
            // the group is scratch state of this run; failing to delete it loses nothing
        } finally {
            groups.close();
        }
    }
}
