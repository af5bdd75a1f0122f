package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VideoSourcesTest {

    @Test
    void unknownModeListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VideoSources.create("webcam", VideoSpec.DEFAULT));
        assertEquals("unknown video source 'webcam': use one of live, replay, clip, auto", e.getMessage());
    }

    @Test
    void modesParseIgnoringCase() {
        assertEquals(VideoSources.Mode.REPLAY, VideoSources.Mode.parse(" Replay "));
        assertThrows(IllegalArgumentException.class, () -> VideoSources.Mode.parse(null));
    }

    @Test
    void clipModeNeedsNoGstreamerAndSaysWhatItIs() {
        try (VideoSource source = VideoSources.create("clip", VideoSpec.DEFAULT)) {
            assertTrue(source instanceof ClipSource);
            assertEquals("shipped clip media/" + ClipSource.DEFAULT_CLIP + " (60 frames, 1280x720 20000 kbit/s) sent at 30 fps",
                    source.description());
        }
    }

    @Test
    void autoReplaysWhenGstreamerIsInstalled() {
        GstRequired.check();
        try (VideoSource source = VideoSources.create("auto", new VideoSpec(320, 240, 30, 1000))) {
            assertTrue(source instanceof ReplaySource, source.description());
            assertTrue(source.description().startsWith("replay of 60 frames encoded by GStreamer x264 at 320x240 1000 kbit/s"),
                    source.description());
        }
    }
}
