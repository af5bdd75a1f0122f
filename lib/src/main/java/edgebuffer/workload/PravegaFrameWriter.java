package edgebuffer.workload;

import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.stream.EventStreamWriter;
import io.pravega.client.stream.EventWriterConfig;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes video frames to one stream and counts what Pravega acknowledged.
 *
 * <p>In-flight bytes are bounded: a live camera cannot slow down, and an unbounded backlog of
 * appends broke Pravega's segment store on recovery in our checks. When the bound is reached the
 * frame is dropped and counted instead of queued.
 */
public final class PravegaFrameWriter implements AutoCloseable {

    /** One fixed routing key: the stream has one segment and frames must stay in order. */
    private static final String ROUTING_KEY = "video";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PravegaFrameWriter.class);
    private static final java.time.Duration CALLBACK_WAIT = java.time.Duration.ofSeconds(30);

    private final EventStreamClientFactory factory;
    private final EventStreamWriter<ByteBuffer> writer;
    private final long maxInFlightBytes;
    private final WrittenFrames written = new WrittenFrames();
    private final AtomicLong inFlightBytes = new AtomicLong();
    private final AtomicLong ackedBytes = new AtomicLong();
    private final AtomicLong ackedEvents = new AtomicLong();
    private final AtomicLong droppedFrames = new AtomicLong();
    private final AtomicLong failedEvents = new AtomicLong();
    /** Frames whose acknowledgement callback has not finished yet. */
    private final AtomicLong pendingCallbacks = new AtomicLong();
    private boolean first = true;

    public PravegaFrameWriter(URI controller, BenchmarkStream stream, long maxInFlightBytes) {
        this.factory = EventStreamClientFactory.withScope(stream.scope(), ClientConfig.builder().controllerURI(controller).build());
        this.writer = factory.createEventWriter(stream.stream(), new ByteBufferSerializer(), EventWriterConfig.builder().build());
        this.maxInFlightBytes = maxInFlightBytes;
    }

    /**
     * Sends one frame unless too much is unacknowledged. Called from one source thread.
     *
     * @return false when the frame was dropped
     */
    public boolean offer(byte[] payload, boolean keyFrame, long captureEpochNanos) {
        ByteBuffer event = new FrameEvent(payload, keyFrame, first, captureEpochNanos).encode();
        int size = event.remaining();
        if (inFlightBytes.get() + size > maxInFlightBytes) {
            droppedFrames.incrementAndGet();
            return false;
        }
        first = false;
        inFlightBytes.addAndGet(size);
        int index = written.add(FrameEvent.checksum(event), size);
        pendingCallbacks.incrementAndGet();
        writer.writeEvent(ROUTING_KEY, event).whenComplete((ok, error) -> {
            inFlightBytes.addAndGet(-size);
            if (error == null) {
                written.markAcked(index);
                ackedBytes.addAndGet(size);
                ackedEvents.incrementAndGet();
            } else if (failedEvents.incrementAndGet() == 1) {
                LOG.warn("Pravega did not accept a frame (further failures are only counted)", error);
            }
            pendingCallbacks.decrementAndGet();
        });
        return true;
    }

    /**
     * Waits until every frame sent so far is acknowledged and counted: Pravega's flush returns when the
     * acknowledgements arrived, which can be just before our callbacks have counted them.
     */
    public void flush() throws InterruptedException {
        writer.flush();
        long deadline = System.nanoTime() + CALLBACK_WAIT.toNanos();
        while (pendingCallbacks.get() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pendingCallbacks.get() + " frame acknowledgements still uncounted "
                        + CALLBACK_WAIT.toSeconds() + " s after Pravega's flush returned");
            }
            Thread.sleep(1);
        }
    }

    public long ackedBytes() {
        return ackedBytes.get();
    }

    public long ackedEvents() {
        return ackedEvents.get();
    }

    public long droppedFrames() {
        return droppedFrames.get();
    }

    public long failedEvents() {
        return failedEvents.get();
    }

    /** What was sent, in order, with checksums and acknowledgements: the integrity check's reference. */
    public WrittenFrames written() {
        return written;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            factory.close();
        }
    }
}
