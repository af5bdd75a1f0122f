package edgebuffer.workload.video;

/**
 * Where a video writer's frames come from. {@link #start(FrameSink)} delivers frames in real time,
 * at the spec's frame rate, on the source's own thread until {@link #close()}; close() stops that
 * thread (and any GStreamer pipeline) before returning. A source is started at most once.
 */
public interface VideoSource extends AutoCloseable {

    /** Starts delivering frames to {@code sink}; returns at once. */
    void start(FrameSink sink);

    /** One line saying what this source is, for run.json and the console. */
    String description();

    /** Frames handed to the sink so far. */
    long framesDelivered();

    /** Frames not delivered because the sink (or this machine) fell more than a second behind. */
    long framesSkipped();

    /** Stops delivering and releases threads and pipelines; idempotent; no sink call after it returns. */
    @Override
    void close();
}
