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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Short runs end to end, baseline then GEDS with the same parameters: real Pravega, real S3
 * server, real video frames. Ingestion must stall during the outage, come back after it, lose
 * nothing; the GEDS run must accept about the tier's capacity more during the outage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedExperimentIT {

    private static final int OUTAGE_SECONDS = 40;
    private static final long TIER_BYTES = 64L << 20;
    private static JsonNode baseline;

    @TempDir
    static Path logs;

    @Test
    @Order(1)
    void baselineStallsDuringTheOutageResumesAfterItAndLosesNothing() throws Exception {
        RunOutcome outcome = shortRun();
        baseline = runJson(outcome);
        assertEquals("baseline", baseline.get("mode").asText());
        assertEquals("embedded", baseline.get("stack").asText());
        assertTrue(Files.isDirectory(Path.of(baseline.get("ltsDataDir").asText())));

        List<String> ingest = Files.readAllLines(outcome.runFolder().resolve("ingest.csv"));
        assertTrue(ingest.get(0).startsWith("elapsed_s,time,phase,total_bytes,dropped_frames,writer_0_bytes,writer_1_bytes"));
        assertTrue(ingest.size() > 70, "one row per second expected");
        JsonNode timestamps = new ObjectMapper().readTree(outcome.runFolder().resolve("timestamps.json").toFile());
        for (String key : List.of("Start Time", "End Time", "Pause Time", "Resume Time")) {
            assertNotNull(timestamps.get(key), key);
        }
        try (var readers = Files.list(outcome.runFolder().resolve("readers"))) {
            List<Path> logsFound = readers.toList();
            assertEquals(2, logsFound.size());
            assertTrue(Files.readAllLines(logsFound.get(0)).size() > 100);
        }
        assertTrue(outcome.summary().contains("ingest stalled "), outcome.summary());
    }

    @Test
    @Order(2)
    void gedsAcceptsAboutItsCapacityMoreDuringTheOutageDrainsAfterItAndLosesNothing() throws Exception {
        RunOutcome outcome = shortRun("--geds", "--geds-capacity-mb", String.valueOf(TIER_BYTES >> 20));
        JsonNode geds = runJson(outcome);
        assertEquals("geds", geds.get("mode").asText());
        assertEquals(TIER_BYTES, geds.get("tier").get("capacityBytes").asLong());
        assertNotNull(baseline, "the baseline run comes first");
        long extra = geds.get("outage").get("bytesAcceptedDuringOutage").asLong()
                - baseline.get("outage").get("bytesAcceptedDuringOutage").asLong();
        System.out.printf("GEDS accepted %.1f MB more than the baseline during the outage (tier %d MB)%n",
                extra / (double) (1 << 20), TIER_BYTES >> 20);
        assertTrue(extra > TIER_BYTES / 2 && extra < TIER_BYTES * 3 / 2,
                "GEDS should accept about its capacity (" + TIER_BYTES + " B) more than the baseline, got " + extra);
        assertTrue(geds.get("outage").get("stallAfterSeconds").asInt()
                > baseline.get("outage").get("stallAfterSeconds").asInt(), "GEDS must stall later than the baseline");

        List<String> tier = Files.readAllLines(outcome.runFolder().resolve("tier.csv"));
        assertEquals("elapsed_s,time,capacity_bytes,local_bytes,pending_upload_bytes,uploaded_bytes,upload_errors", tier.get(0));
        String[] last = tier.get(tier.size() - 1).split(",");
        assertTrue(Long.parseLong(last[4]) < 8L << 20, "the backlog must drain to S3 after the outage: " + tier.get(tier.size() - 1));
        assertTrue(Long.parseLong(last[6]) > 0, "uploads must have failed while S3 was away");
    }

    /** A short run with outage sizes that make both modes stall inside the outage; checks what every run must show. */
    private static RunOutcome shortRun(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--writers", "2", "--readers-per-stream", "1", "--cache-mb", "32",
                "--warmup", "15", "--outage", String.valueOf(OUTAGE_SECONDS), "--cooldown", "20", "--logs", logs.toString()));
        args.addAll(List.of(extra));
        ExperimentOptions options = new ExperimentOptions();
        new CommandLine(options).parseArgs(args.toArray(String[]::new));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunOutcome outcome = EmbeddedExperiment.run(options, null, new PrintStream(console, true));
        String printed = console.toString();
        System.out.println(printed);
        assertTrue(outcome.integrityOk(), printed);
        JsonNode run = runJson(outcome);
        JsonNode outage = run.get("outage");
        assertFalse(outage.get("stallAfterSeconds").isNull(), "ingest never stalled: " + printed);
        assertTrue(outage.get("stallAfterSeconds").asInt() < OUTAGE_SECONDS, printed);
        assertFalse(outage.get("recoverySeconds").isNull(), "ingest never resumed: " + printed);
        JsonNode integrity = run.get("integrity");
        assertTrue(integrity.get("eventsAcked").asLong() > 1000, "too few frames acknowledged: " + integrity);
        assertEquals(0, integrity.get("eventsLost").asLong());
        assertEquals(integrity.get("eventsAcked").asLong(), integrity.get("eventsVerified").asLong());
        assertTrue(printed.contains("Long-term storage unavailable at"));
        assertTrue(printed.contains("Long-term storage available at"));
        return outcome;
    }

    private static JsonNode runJson(RunOutcome outcome) throws Exception {
        return new ObjectMapper().readTree(outcome.runFolder().resolve("run.json").toFile());
    }
}
