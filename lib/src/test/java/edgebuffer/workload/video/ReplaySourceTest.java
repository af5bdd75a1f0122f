package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real GStreamer encode once, then paced replay. */
class ReplaySourceTest {

    @Test
    void replayDeliversAboutTheBitrateWithStrictlyIncreasingCaptureTimes() throws InterruptedException {
        GstRequired.check();
        VideoSpec spec = VideoSpec.DEFAULT;
        RecordingSink sink = new RecordingSink();
        try (ReplaySource source = new ReplaySource(spec)) {
            assertTrue(source.description().startsWith(
                    "replay of 60 frames encoded by GStreamer x264 at 1280x720 20000 kbit/s"), source.description());
            long start = System.nanoTime();
            source.start(sink);
            Thread.sleep(4_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            double bytesPerSecond = sink.totalBytes() / seconds;
            double ratio = bytesPerSecond / spec.targetBytesPerSecond();
            assertTrue(ratio > 0.6 && ratio < 1.4,
                    String.format("replay rate %.2f MB/s is %.2f x the %d kbit/s target", bytesPerSecond / (1 << 20), ratio,
                            spec.bitrateKbps()));
        }
        List<RecordingSink.Delivery> got = sink.deliveries();
        assertTrue(got.get(0).frame().keyFrame());
        for (int i = 1; i < got.size(); i++) {
            assertTrue(got.get(i).captureEpochNanos() > got.get(i - 1).captureEpochNanos(), "capture time " + i);
        }
    }

    @Test
    void writersOfOneSpecShareOneEncodeOfWholeGops() {
        GstRequired.check();
        VideoSpec spec = new VideoSpec(320, 240, 25, 1000);
        FrameEncoder.Result first = ClipCache.encoded(spec);
        assertSame(first, ClipCache.encoded(spec));
        List<EncodedFrame> frames = first.clip().frames();
        assertEquals(60, frames.size(), "2 s at 25 fps rounded up to whole 30-frame GOPs");
        assertTrue(frames.get(0).keyFrame() && frames.get(30).keyFrame());
        assertTrue(AnnexB.nalTypes(frames.get(0).data()).contains(AnnexB.NAL_SPS), "loop restart needs SPS");
    }

    @Test
    void gopAlignedFrameCounts() {
        assertEquals(60, FrameEncoder.gopAlignedFrameCount(VideoSpec.DEFAULT, 2.0));
        assertEquals(30, FrameEncoder.gopAlignedFrameCount(VideoSpec.DEFAULT, 0.1));
        assertEquals(120, FrameEncoder.gopAlignedFrameCount(new VideoSpec(640, 480, 60, 5000), 2.0));
    }
}
