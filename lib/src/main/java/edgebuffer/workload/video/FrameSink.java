package edgebuffer.workload.video;

/**
 * Receives frames from a {@link VideoSource}, on the source's own thread, one at a time.
 * A camera cannot wait: an implementation should return quickly (queue or drop the frame itself);
 * a source that falls more than a second behind skips frames and counts them
 * ({@link VideoSource#framesSkipped()}). An exception thrown here stops the source (it is logged).
 */
@FunctionalInterface
public interface FrameSink {

    /**
     * @param frame             the encoded frame (read-only)
     * @param captureEpochNanos wall-clock UTC time the frame was captured, nanoseconds since the epoch
     *                          ({@link CaptureClock#epochNanos()})
     */
    void accept(EncodedFrame frame, long captureEpochNanos);
}
