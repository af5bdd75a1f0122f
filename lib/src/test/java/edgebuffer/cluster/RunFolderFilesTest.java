package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edgebuffer.experiment.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void timestampsJsonHasTheOriginalsFourKeys(@TempDir Path dir) throws Exception {
        Path file = RunFolder.writeTimestamps(dir.resolve("run"), Instant.parse("2026-12-04T20:30:00.123Z"),
                Instant.parse("2026-12-04T20:31:00Z"), Instant.parse("2026-12-04T20:39:20Z"), Instant.parse("2026-12-04T20:41:00Z"));
        Map<String, String> json = new ObjectMapper().readValue(file.toFile(), Map.class);
        assertEquals(List.of("Start Time", "End Time", "Pause Time", "Resume Time"), List.copyOf(json.keySet()));
        assertEquals("2026-12-04T20:30:00.123Z", json.get("Start Time"));
        assertEquals("2026-12-04T20:39:20Z", json.get("Resume Time"));
        assertEquals(dir.resolve("run").resolve("timestamps.json"), file);
        assertEquals(true, Files.exists(file));
    }
}
