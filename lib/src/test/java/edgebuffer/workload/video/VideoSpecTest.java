package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VideoSpecTest {

    @Test
    void defaultIs720pAt30FpsAnd20Mbit() {
        assertEquals(new VideoSpec(1280, 720, 30, 20000), VideoSpec.DEFAULT);
        assertEquals(2_500_000, VideoSpec.DEFAULT.targetBytesPerSecond());
        assertEquals("1280x720@30 20000 kbit/s", VideoSpec.DEFAULT.label());
    }

    @Test
    void oddWidthNamesTheOptionAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VideoSpec(1281, 720, 30, 20000));
        assertEquals("--video-width must be an even number between 16 and 7680, got 1281", e.getMessage());
    }

    @Test
    void everyFieldIsCheckedWithAOneLineMessage() {
        assertMessage(() -> new VideoSpec(1280, 0, 30, 20000), "--video-height");
        assertMessage(() -> new VideoSpec(1280, 720, 0, 20000), "--video-fps");
        assertMessage(() -> new VideoSpec(1280, 720, 121, 20000), "--video-fps");
        assertMessage(() -> new VideoSpec(1280, 720, 30, 50), "--video-bitrate");
        assertMessage(() -> new VideoSpec(8000, 720, 30, 20000), "--video-width");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable bad, String option) {
        String message = assertThrows(IllegalArgumentException.class, bad).getMessage();
        assertTrue(message.startsWith(option), message);
        assertFalse(message.contains("\n"), message);
    }
}
