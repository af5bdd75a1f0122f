package edgebuffer.workload;

/**
 * Connects a frame source to a writer: the embedded workload does not care whether frames come
 * from a live GStreamer encoder, a replay or a test. {@link #start} returns the handle that stops
 * the feed.
 */
@FunctionalInterface
public interface FrameFeed {

    AutoCloseable start(int writerIndex, PravegaFrameWriter writer) throws Exception;
}
