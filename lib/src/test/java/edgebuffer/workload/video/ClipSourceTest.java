package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped clip: present, small, valid H.264 and loopable; ClipSource replays it and says what it is. */
class ClipSourceTest {

    private static Path shippedClip() {
        Path media = MediaFolder.locate().orElseThrow(() -> new AssertionError("media/ folder not found from "
                + Path.of("").toAbsolutePath()));
        return media.resolve(ClipSource.DEFAULT_CLIP);
    }

    @Test
    void shippedClipIsTheDefaultSpecUnder8MbAndStartsEveryGopWithSpsAndIdr() throws IOException {
        Path file = shippedClip();
        assertTrue(Files.size(file) < 8_000_000, "clip must stay under 8 MB, is " + Files.size(file));
        EncodedClip clip = ClipFile.read(file);
        assertEquals(VideoSpec.DEFAULT, clip.spec());
        assertEquals(60, clip.frames().size());
        List<EncodedFrame> frames = clip.frames();
        for (int i = 0; i < frames.size(); i++) {
            EncodedFrame frame = frames.get(i);
            assertTrue(AnnexB.startsWithStartCode(frame.data()), "frame " + i + " lacks a start code");
            List<Integer> nals = AnnexB.nalTypes(frame.data());
            assertEquals(frame.keyFrame(), nals.contains(AnnexB.NAL_IDR), "frame " + i + " key flag vs NALs " + nals);
            if (frame.keyFrame()) {
                assertTrue(nals.contains(AnnexB.NAL_SPS), "key frame " + i + " lacks SPS, a reader could not join there");
            }
        }
        assertTrue(frames.get(0).keyFrame() && frames.get(30).keyFrame(), "GOPs of 30 frames expected");
        // About the 20 Mbit/s asked for (x264's rate control is loose over two seconds).
        double ratio = clip.bytesPerSecond() / VideoSpec.DEFAULT.targetBytesPerSecond();
        assertTrue(ratio > 0.7 && ratio < 1.3, "byte rate / target = " + ratio);
    }

    @Test
    void otherSpecIsPacedAtItsFpsButSaysSizeAndBitrateAreTheClips() {
        VideoSpec asked = new VideoSpec(1920, 1080, 25, 8000);
        try (ClipSource source = new ClipSource(asked, "used because GStreamer not found")) {
            assertEquals("shipped clip media/" + ClipSource.DEFAULT_CLIP
                    + " (60 frames, 1280x720 20000 kbit/s) sent at 25 fps, used because GStreamer not found;"
                    + " size and bitrate are the clip's, not the requested 1920x1080 8000 kbit/s", source.description());
        }
    }

    @Test
    void deliversTheClipInOrderAndLoops() throws InterruptedException {
        EncodedClip clip = ClipCache.loaded(shippedClip());
        RecordingSink sink = new RecordingSink();
        // 120 fps: a loop of 60 frames in half a second, so the test sees the wrap-around quickly.
        try (ClipSource source = new ClipSource(new VideoSpec(1280, 720, 120, 20000), null)) {
            source.start(sink);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (sink.deliveries().size() < 70 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        List<RecordingSink.Delivery> got = sink.deliveries();
        assertTrue(got.size() >= 70, "only " + got.size() + " frames in 20 s");
        for (int i = 0; i < got.size(); i++) {
            assertTrue(got.get(i).frame() == clip.frames().get(i % 60), "frame " + i + " is not clip frame " + (i % 60));
            assertTrue(got.get(i).thread().startsWith("video-clip-"), got.get(i).thread());
        }
    }
}
