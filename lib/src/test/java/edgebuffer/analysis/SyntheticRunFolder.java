package edgebuffer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Writes a small run folder in the docs/RUN-FOLDER.md format whose answers a test knows: the
 * ingest of each second, the tier's backlog of each second and reader latencies are given by
 * the test, so stall, recovery, drain and percentiles can be worked out by hand.
 */
final class SyntheticRunFolder {

    static final Instant START = Instant.parse("2026-12-04T20:30:00Z");

    private final Path folder;
    private String mode = "baseline";
    private double pauseSeconds = 10;
    private double resumeSeconds = 30;
    private int endSeconds = 40;
    private int cacheMb = 10;
    private Long tierCapacityBytes;
    private IntToLongFunction ingest = k -> 1_000_000;
    private IntToLongFunction pendingUpload;
    private String extraOutageJson = "";
    private final List<String> latencyLines = new ArrayList<>();

    private SyntheticRunFolder(Path folder) {
        this.folder = folder;
    }

    static SyntheticRunFolder in(Path folder) {
        return new SyntheticRunFolder(folder);
    }

    SyntheticRunFolder geds(long capacityBytes, IntToLongFunction pendingUploadPerSecond) {
        this.mode = "geds";
        this.tierCapacityBytes = capacityBytes;
        this.pendingUpload = pendingUploadPerSecond;
        return this;
    }

    SyntheticRunFolder outage(double pause, double resume, int end) {
        this.pauseSeconds = pause;
        this.resumeSeconds = resume;
        this.endSeconds = end;
        return this;
    }

    SyntheticRunFolder cacheMb(int mb) {
        this.cacheMb = mb;
        return this;
    }

    SyntheticRunFolder ingest(IntToLongFunction bytesPerSecond) {
        this.ingest = bytesPerSecond;
        return this;
    }

    SyntheticRunFolder reportedStallAfter(String jsonValue) {
        this.extraOutageJson = ", \"stallAfterSeconds\": " + jsonValue;
        return this;
    }

    SyntheticRunFolder latency(double experimentTime, double latencyMs) {
        latencyLines.add(String.format(Locale.ROOT, "%.3f,%.3f,%.3f",
                START.getEpochSecond() + experimentTime, experimentTime, latencyMs));
        return this;
    }

    Path write() {
        try {
            Files.createDirectories(folder.resolve("readers"));
            String runId = folder.getFileName().toString();
            String tier = tierCapacityBytes == null ? ""
                    : ", \"tier\": {\"capacityBytes\": " + tierCapacityBytes + ", \"policy\": \"spill\"}";
            Files.writeString(folder.resolve("run.json"), """
                    {"runId": "%s", "mode": "%s", "stack": "embedded", "someFutureKey": [1, 2],
                     "parameters": {"writers": 2, "cacheMb": %d, "geds": %s, "gedsCapacityMb": 512},
                     "outage": {"start": "%s"%s},
                     "integrity": {"eventsAcked": 100, "eventsVerified": 100, "eventsLost": 0, "ok": true}%s}
                    """.formatted(runId, mode, cacheMb, mode.equals("geds"), at(pauseSeconds), extraOutageJson, tier));
            Files.writeString(folder.resolve("timestamps.json"), """
                    {"Start Time": "%s", "Pause Time": "%s", "Resume Time": "%s", "End Time": "%s"}
                    """.formatted(START, at(pauseSeconds), at(resumeSeconds), at(endSeconds)));
            StringBuilder csv = new StringBuilder("elapsed_s,time,phase,total_bytes,dropped_frames,writer_0_bytes,writer_1_bytes\n");
            StringBuilder tierCsv = new StringBuilder("elapsed_s,time,capacity_bytes,local_bytes,pending_upload_bytes,uploaded_bytes,upload_errors\n");
            for (int k = 0; k < endSeconds; k++) {
                long bytes = ingest.applyAsLong(k);
                String phase = k < pauseSeconds ? "warmup" : k < resumeSeconds ? "outage" : "cooldown";
                long dropped = bytes == 0 ? 30 : 0;
                csv.append(k).append(',').append(at(k + 1)).append(',').append(phase).append(',').append(bytes)
                        .append(',').append(dropped).append(',').append(bytes / 2).append(',').append(bytes - bytes / 2).append('\n');
                if (pendingUpload != null) {
                    long pending = pendingUpload.applyAsLong(k);
                    tierCsv.append(k).append(',').append(at(k)).append(',').append(tierCapacityBytes).append(',')
                            .append(pending + 1_000_000).append(',').append(pending).append(",0,0\n");
                }
            }
            Files.writeString(folder.resolve("ingest.csv"), csv);
            if (pendingUpload != null) {
                Files.writeString(folder.resolve("tier.csv"), tierCsv);
            }
            Files.writeString(folder.resolve("readers/latency-reader-0-latency.log"),
                    "absolute_time(s),experiment_time(s),e2e latency(ms)\n" + String.join("\n", latencyLines) + "\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(double seconds) {
        return START.plusMillis(Math.round(seconds * 1000)).toString();
    }
}
