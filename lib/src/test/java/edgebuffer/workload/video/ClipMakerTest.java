package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipMakerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(int width, double seconds, Path output) {
        return ClipMaker.run(width, 240, 30, 1000, seconds, output, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void makesAClipThatClipSourceCanReplay() throws IOException {
        GstRequired.check();
        Path file = dir.resolve("small" + ClipFile.EXTENSION);
        assertEquals(0, run(320, 1.0, file), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote " + file + ": 30 frames of 320x240@30 1000 kbit/s"),
                out.toString(StandardCharsets.UTF_8));
        EncodedClip clip = ClipFile.read(file);
        assertEquals(new VideoSpec(320, 240, 30, 1000), clip.spec());
        assertEquals(30, clip.frames().size());
        try (ClipSource source = new ClipSource(clip.spec(), null, file)) {
            assertTrue(source.description().startsWith("shipped clip " + file + " (30 frames, 320x240 1000 kbit/s)"),
                    source.description());
        }
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        assertEquals(2, run(321, 1.0, dir.resolve("x.ebclip")));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals("make-clip: --video-width must be an even number between 16 and 7680, got 321\n", message);
        assertEquals(2, run(320, -1, dir.resolve("x.ebclip")));
        assertFalse(Files.exists(dir.resolve("x.ebclip")));
    }
}
