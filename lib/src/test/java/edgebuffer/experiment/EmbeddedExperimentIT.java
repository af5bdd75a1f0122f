package edgebuffer.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A short baseline run end to end: real Pravega, real S3 server, real video frames. Ingestion must
 * stall during the outage, come back after it, and every acknowledged frame must be read back.
 */
class EmbeddedExperimentIT {

    @TempDir
    Path logs;

    @Test
    void baselineStallsDuringTheOutageResumesAfterItAndLosesNothing() throws Exception {
        ExperimentOptions options = new ExperimentOptions();
        new CommandLine(options).parseArgs("--writers", "2", "--readers-per-stream", "1", "--cache-mb", "32",
                "--warmup", "15", "--outage", "30", "--cooldown", "20", "--logs", logs.toString());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunOutcome outcome = EmbeddedExperiment.run(options, null, new PrintStream(console, true));

        String printed = console.toString();
        assertTrue(outcome.integrityOk(), printed);
        JsonNode run = new ObjectMapper().readTree(outcome.runFolder().resolve("run.json").toFile());
        assertEquals("baseline", run.get("mode").asText());
        assertEquals("embedded", run.get("stack").asText());
        JsonNode outage = run.get("outage");
        assertFalse(outage.get("stallAfterSeconds").isNull(), "ingest never stalled: " + printed);
        assertTrue(outage.get("stallAfterSeconds").asInt() < 30, printed);
        assertFalse(outage.get("recoverySeconds").isNull(), "ingest never resumed: " + printed);
        assertTrue(outage.get("bytesAcceptedDuringOutage").asLong() > 0);
        JsonNode integrity = run.get("integrity");
        assertTrue(integrity.get("eventsAcked").asLong() > 1000, "too few frames acknowledged: " + integrity);
        assertEquals(0, integrity.get("eventsLost").asLong());
        assertEquals(integrity.get("eventsAcked").asLong(), integrity.get("eventsVerified").asLong());
        assertTrue(Files.isDirectory(Path.of(run.get("ltsDataDir").asText())));

        List<String> ingest = Files.readAllLines(outcome.runFolder().resolve("ingest.csv"));
        assertTrue(ingest.get(0).startsWith("elapsed_s,time,phase,total_bytes,dropped_frames,writer_0_bytes,writer_1_bytes"));
        assertTrue(ingest.size() > 60, "one row per second expected");
        JsonNode timestamps = new ObjectMapper().readTree(outcome.runFolder().resolve("timestamps.json").toFile());
        for (String key : List.of("Start Time", "End Time", "Pause Time", "Resume Time")) {
            assertNotNull(timestamps.get(key), key);
        }
        try (var readers = Files.list(outcome.runFolder().resolve("readers"))) {
            List<Path> logsFound = readers.toList();
            assertEquals(2, logsFound.size());
            assertTrue(Files.readAllLines(logsFound.get(0)).size() > 100);
        }
        assertTrue(printed.contains("Long-term storage unavailable at"));
        assertTrue(printed.contains("Long-term storage available at"));
    }
}
