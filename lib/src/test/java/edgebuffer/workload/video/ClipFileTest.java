package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipFileTest {

    @TempDir
    Path dir;

    private static EncodedClip smallClip() {
        return new EncodedClip(new VideoSpec(320, 240, 25, 1000), List.of(
                new EncodedFrame(new byte[] {0, 0, 0, 1, 0x67, 1, 2}, true),
                new EncodedFrame(new byte[] {0, 0, 1, 0x41, 9}, false)));
    }

    @Test
    void writtenClipReadsBackIdentically() throws IOException {
        Path file = dir.resolve("a" + ClipFile.EXTENSION);
        ClipFile.write(smallClip(), file);
        EncodedClip read = ClipFile.read(file);
        assertEquals(smallClip().spec(), read.spec());
        assertEquals(2, read.frames().size());
        assertTrue(read.frames().get(0).keyFrame());
        assertArrayEquals(smallClip().frames().get(1).data(), read.frames().get(1).data());
        assertEquals(8 + 5 * 4 + (1 + 4 + 7) + (1 + 4 + 5), Files.size(file));
    }

    @Test
    void damagedFilesGiveOneLineErrorsNamingTheFile() throws IOException {
        Path file = dir.resolve("b" + ClipFile.EXTENSION);
        ClipFile.write(smallClip(), file);
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(file + " is truncated; regenerate it with make-clip",
                assertThrows(IOException.class, () -> ClipFile.read(file)).getMessage());

        bytes[0] = 'X';
        Files.write(file, bytes);
        assertEquals(file + " is not an edgebuffer clip (wrong magic); regenerate it with make-clip",
                assertThrows(IOException.class, () -> ClipFile.read(file)).getMessage());
    }

    @Test
    void fileNameSaysTheSpec() {
        assertEquals("clip-1280x720-30fps-20000kbps.ebclip", ClipFile.fileNameFor(VideoSpec.DEFAULT));
    }
}
