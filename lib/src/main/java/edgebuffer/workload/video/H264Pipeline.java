package edgebuffer.workload.video;

import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.BufferFlags;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.elements.AppSink;

/**
 * A GStreamer pipeline from {@code videotestsrc} through x264 into an appsink, handing every encoded
 * access unit to Java. The one place that knows the pipeline text, so the live source, the replay
 * encoder and the clip maker encode identically. Frames are handed over on GStreamer's streaming
 * thread; after {@link #close()} (state NULL, which joins the streaming threads) no more arrive.
 */
final class H264Pipeline implements AutoCloseable {

    /** Longest distance between key frames, as in the original writer ({@code key-int-max=30}). */
    static final int KEY_INT_MAX = 30;

    private final Pipeline pipeline;
    private final AppSink appSink;
    private final AppSink.NEW_SAMPLE onSample;
    private final Bus.ERROR onError;
    private final Bus.EOS onEos;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String error;
    private boolean closed;

    private H264Pipeline(String description, Consumer<EncodedFrame> frames) {
        GstRuntime.requireAvailable();
        pipeline = (Pipeline) Gst.parseLaunch(description);
        appSink = (AppSink) ((Bin) pipeline).getElementByName("sink");
        appSink.set("emit-signals", true);
        // Kept in fields: JNA callbacks must stay strongly reachable while native code may call them.
        onSample = sink -> {
            Sample sample = sink.pullSample();
            if (sample == null) {
                return FlowReturn.EOS;
            }
            try {
                frames.accept(toFrame(sample));
            } finally {
                sample.dispose();
            }
            return FlowReturn.OK;
        };
        onError = (source, code, message) -> {
            error = (source == null ? "" : source.getName() + ": ") + message;
            ended.countDown();
        };
        onEos = source -> ended.countDown();
        appSink.connect(onSample);
        pipeline.getBus().connect(onError);
        pipeline.getBus().connect(onEos);
    }

    /**
     * Real-time: a live test source timestamped at capture, running until closed. The queue decouples
     * the source from x264 so a slow encode does not stall capture.
     */
    static H264Pipeline live(VideoSpec spec, Consumer<EncodedFrame> frames) {
        return new H264Pipeline("videotestsrc is-live=true do-timestamp=true ! " + encodeChain(spec)
                + " ! appsink name=sink sync=false", frames);
    }

    /** As fast as the CPU allows: exactly {@code frameCount} frames, then end of stream. */
    static H264Pipeline finite(VideoSpec spec, int frameCount, Consumer<EncodedFrame> frames) {
        return new H264Pipeline("videotestsrc num-buffers=" + frameCount + " ! " + encodeChain(spec)
                + " ! appsink name=sink sync=false", frames);
    }

    /**
     * The explicit I420 after videoconvert matters: without it caps negotiation picks Y444 and
     * x264 is several times slower (1080p is then not real time on two cores). The default
     * videotestsrc pattern (SMPTE bars with a noise patch) makes x264 reach its target bitrate.
     */
    static String encodeChain(VideoSpec spec) {
        return "video/x-raw,width=" + spec.width() + ",height=" + spec.height() + ",framerate=" + spec.fps() + "/1"
                + " ! videoconvert ! video/x-raw,format=I420 ! queue"
                + " ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=" + KEY_INT_MAX
                + " bitrate=" + spec.bitrateKbps()
                + " ! video/x-h264,stream-format=byte-stream,alignment=au";
    }

    private static EncodedFrame toFrame(Sample sample) {
        Buffer buffer = sample.getBuffer();
        ByteBuffer mapped = buffer.map(false);
        byte[] data = new byte[mapped.remaining()];
        try {
            mapped.get(data);
        } finally {
            buffer.unmap();
        }
        return new EncodedFrame(data, !buffer.getFlags().contains(BufferFlags.DELTA_UNIT));
    }

    /** Starts the pipeline; throws with GStreamer's message if it refuses. */
    void play() {
        StateChangeReturn result = pipeline.play();
        if (result == StateChangeReturn.FAILURE) {
            String why = error;
            close();
            throw new IllegalStateException("GStreamer pipeline did not start" + (why == null ? "" : ": " + why));
        }
    }

    /** Waits for end of stream or an error; returns false on timeout. Throws if GStreamer reported an error. */
    boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        boolean done = ended.await(timeout, unit);
        if (error != null) {
            throw new IllegalStateException("GStreamer pipeline failed: " + error);
        }
        return done;
    }

    /** The error GStreamer reported, or null. */
    String error() {
        return error;
    }

    /** Stops the pipeline (state NULL joins its threads) and frees it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pipeline.setState(State.NULL);
        appSink.disconnect(onSample);
        pipeline.getBus().disconnect(onError);
        pipeline.getBus().disconnect(onEos);
        appSink.dispose();
        pipeline.dispose();
    }
}
