package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Real GStreamer, live x264 at the default spec. Rates are checked loosely: the machine is shared. */
class LiveGstSourceTest {

    @Test
    void deliversH264AtAboutTheFpsWithKeyFramesEvery30AndStopsCleanly() throws InterruptedException {
        GstRequired.check();
        VideoSpec spec = VideoSpec.DEFAULT;
        RecordingSink sink = new RecordingSink();
        Set<String> threadsBefore = threadNames();
        LiveGstSource source = new LiveGstSource(spec);
        assertEquals("live GStreamer x264 1280x720@30 20000 kbit/s", source.description());
        source.start(sink);
        // Time from the first frame on: pipeline start-up is not part of the frame rate.
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (sink.deliveries().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(!sink.deliveries().isEmpty(), "no frame within 15 s");
        int first = sink.deliveries().size();
        long from = System.nanoTime();
        Thread.sleep(4_000);
        double seconds = (System.nanoTime() - from) / 1e9;
        int inWindow = sink.deliveries().size() - first;
        source.close();
        int atClose = sink.deliveries().size();

        double fps = inWindow / seconds;
        assertTrue(fps > 0.5 * spec.fps() && fps < 1.5 * spec.fps(), "live fps " + fps + ", expected about " + spec.fps());

        List<RecordingSink.Delivery> got = sink.deliveries();
        assertTrue(got.get(0).frame().keyFrame(), "stream must start with a key frame");
        int sinceKey = 0;
        for (int i = 0; i < got.size(); i++) {
            EncodedFrame frame = got.get(i).frame();
            assertTrue(AnnexB.startsWithStartCode(frame.data()), "frame " + i + " is not Annex-B");
            assertEquals(frame.keyFrame(), AnnexB.nalTypes(frame.data()).contains(AnnexB.NAL_IDR), "key flag of frame " + i);
            sinceKey = frame.keyFrame() ? 0 : sinceKey + 1;
            assertTrue(sinceKey < H264Pipeline.KEY_INT_MAX, "no key frame within 30 frames at frame " + i);
            if (i > 0) {
                assertTrue(got.get(i).captureEpochNanos() > got.get(i - 1).captureEpochNanos());
            }
            assertTrue(got.get(i).thread().startsWith("video-live-"), got.get(i).thread());
        }
        Thread.sleep(300);
        assertEquals(atClose, sink.deliveries().size(), "frames after close()");
        Set<String> leaked = threadNames();
        leaked.removeAll(threadsBefore);
        leaked.removeIf(name -> name.startsWith("gstreamer service")); // gst1-java-core's one per-JVM executor
        assertEquals(Set.of(), leaked, "threads left after close()");
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
