package edgebuffer.workload.video;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live encoding, as the original writer did: GStreamer {@code videotestsrc is-live=true} paces the
 * frames at the spec's fps and x264 encodes each one (see {@link H264Pipeline}). The capture time is
 * stamped when the encoded frame arrives in Java (the original likewise re-based timestamps to the
 * wall clock after the encoder). Frames cross to the source's own thread through a queue of one
 * second: GStreamer's streaming thread never waits for the sink, and if the sink falls a second
 * behind, the oldest frames are dropped and counted as skipped, as a camera would drop them.
 * Costs about half a core at 720p and most of a core at 1080p; for several writers use replay.
 */
public final class LiveGstSource extends ThreadedVideoSource {

    private static final System.Logger LOG = System.getLogger(LiveGstSource.class.getName());

    private record Captured(EncodedFrame frame, long captureEpochNanos) {
    }

    private final VideoSpec spec;
    private final BlockingQueue<Captured> handoff;
    private final H264Pipeline pipeline;
    private boolean errorLogged;

    /** Builds the pipeline (not yet playing); needs GStreamer. */
    public LiveGstSource(VideoSpec spec) {
        super("live");
        this.spec = spec;
        this.handoff = new ArrayBlockingQueue<>(spec.fps());
        this.pipeline = H264Pipeline.live(spec, this::onEncoded);
    }

    /** On GStreamer's streaming thread: stamp, enqueue, never block. */
    private void onEncoded(EncodedFrame frame) {
        Captured captured = new Captured(frame, CaptureClock.epochNanos());
        while (!handoff.offer(captured)) {
            if (handoff.poll() != null) {
                countSkipped(1);
            }
        }
    }

    @Override
    protected void startProducing() {
        pipeline.play();
    }

    @Override
    protected void deliverUntilStopped(FrameSink sink) {
        while (!isStopping()) {
            Captured next;
            try {
                next = handoff.poll(WAKE_UP_NANOS, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (next != null) {
                deliver(sink, next.frame(), next.captureEpochNanos());
            } else {
                logPipelineErrorOnce();
            }
        }
    }

    private void logPipelineErrorOnce() {
        String error = pipeline.error();
        if (error != null && !errorLogged) {
            errorLogged = true;
            LOG.log(System.Logger.Level.ERROR, threadName() + ": GStreamer pipeline failed, no more frames: " + error);
        }
    }

    @Override
    protected void stopProducing() {
        pipeline.close();
    }

    @Override
    public String description() {
        return "live GStreamer x264 " + spec.label();
    }
}
