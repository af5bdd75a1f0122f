package edgebuffer.tier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTierTest {

    @TempDir
    Path dir;

    @Test
    void aRootGivenWithDotDotStillHoldsChunksNamedLikePaths() throws IOException {
        // a notebook in notebooks/ passes ../logs/<run>/geds-local: Pravega's system chunks must still fit under it
        Files.createDirectories(dir.resolve("notebooks"));
        LocalTier tier = new LocalTier(dir.resolve("notebooks").resolve("..").resolve("run").resolve("geds-local"));
        byte[] data = {1, 2, 3};
        tier.write("_system/containers/_sysjournal.epoch1.container0.file1", data.length, new ByteArrayInputStream(data));
        assertArrayEquals(data, tier.readAll("_system/containers/_sysjournal.epoch1.container0.file1"));
    }

    @Test
    void aChunkNameThatClimbsOutOfTheRootIsRefused() throws IOException {
        LocalTier tier = new LocalTier(dir.resolve("geds-local"));
        assertThrows(IOException.class, () -> tier.write("../outside", 1, new ByteArrayInputStream(new byte[] {1})));
    }
}
