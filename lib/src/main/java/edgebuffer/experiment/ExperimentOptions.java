package edgebuffer.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Every option of an experiment run, shared by {@code run-experiment}, {@code reproduce-figure}
 * and the cluster runner as a picocli mixin, so a script never redeclares them.
 * Defaults are sized for a 2-core machine: the baseline stalls well inside the outage and a
 * run takes about three minutes.
 */
public class ExperimentOptions {

    @Option(names = "--writers", defaultValue = "2", description = "Video writers, one stream each (default: ${DEFAULT-VALUE}).")
    public int writers;

    @Option(names = "--readers-per-stream", defaultValue = "1", description = "Tailing readers per stream (default: ${DEFAULT-VALUE}).")
    public int readersPerStream;

    @Option(names = "--video-width", defaultValue = "1280", description = "Frame width in pixels (default: ${DEFAULT-VALUE}).")
    public int videoWidth;

    @Option(names = "--video-height", defaultValue = "720", description = "Frame height in pixels (default: ${DEFAULT-VALUE}).")
    public int videoHeight;

    @Option(names = "--video-fps", defaultValue = "30", description = "Frames per second per writer (default: ${DEFAULT-VALUE}).")
    public int videoFps;

    @Option(names = "--video-bitrate", defaultValue = "20000", description = "H.264 bitrate in kbit/s per writer (default: ${DEFAULT-VALUE}).")
    public int videoBitrateKbps;

    @Option(names = "--video-source", defaultValue = "auto",
            description = "live (GStreamer encodes in real time), replay (encode once, re-send), clip (shipped clip, no GStreamer) or auto (default: ${DEFAULT-VALUE}).")
    public String videoSource;

    @Option(names = "--cache-mb", defaultValue = "128", description = "Pravega in-memory cache size in MB (default: ${DEFAULT-VALUE}).")
    public int cacheMb;

    @Option(names = "--warmup", defaultValue = "30", description = "Seconds of ingest before the outage (default: ${DEFAULT-VALUE}).")
    public int warmupSeconds;

    @Option(names = "--outage", defaultValue = "100", description = "Seconds long-term storage stays unreachable (default: ${DEFAULT-VALUE}).")
    public int outageSeconds;

    @Option(names = "--cooldown", defaultValue = "40", description = "Seconds of ingest after the outage (default: ${DEFAULT-VALUE}).")
    public int cooldownSeconds;

    @Option(names = "--writer-inflight-mb", defaultValue = "8",
            description = "Unacknowledged MB a writer may have in flight before it drops frames (default: ${DEFAULT-VALUE}).")
    public int writerInflightMb;

    @Option(names = "--logs", defaultValue = "logs", description = "Folder that receives the run folder (default: ${DEFAULT-VALUE}).")
    public Path logs;

    @Option(names = "--geds", description = "Put the GEDS tier (local disk first, S3 behind) under Pravega.")
    public boolean geds;

    @Option(names = "--geds-capacity-mb", defaultValue = "256", description = "GEDS local capacity in MB (default: ${DEFAULT-VALUE}).")
    public int gedsCapacityMb;

    @Option(names = "--geds-policy", defaultValue = "eager",
            description = "GEDS upload policy: eager (upload at once, local copies are an evictable cache) or spill "
                    + "(GEDS's own: upload only past 70%% of capacity) (default: ${DEFAULT-VALUE}).")
    public String gedsPolicy;

    /** Refuses values no run can use, with a one-line message naming the option. */
    public void validate() {
        require(writers >= 1 && writers <= 64, "--writers must be between 1 and 64");
        require(readersPerStream >= 0 && readersPerStream <= 16, "--readers-per-stream must be between 0 and 16");
        require(cacheMb >= 16, "--cache-mb must be at least 16 (Pravega needs room for its own metadata)");
        require(warmupSeconds >= 5, "--warmup must be at least 5 s (the rate before the outage is measured there)");
        require(outageSeconds >= 1, "--outage must be at least 1 s");
        require(cooldownSeconds >= 5, "--cooldown must be at least 5 s (recovery is measured there)");
        require(writerInflightMb >= 1, "--writer-inflight-mb must be at least 1");
        require(gedsCapacityMb >= 16, "--geds-capacity-mb must be at least 16");
        require(gedsPolicy.equals("spill") || gedsPolicy.equals("eager"), "--geds-policy must be spill or eager, not " + gedsPolicy);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new edgebuffer.cli.UserError(message);
        }
    }

    /** "geds" or "baseline": run.json's {@code mode}. */
    public String mode() {
        return geds ? "geds" : "baseline";
    }

    /** Bytes per second all writers together try to send: bitrate x writers. */
    public double targetBytesPerSecond() {
        return writers * videoBitrateKbps * 1000.0 / 8.0;
    }

    /** Every option's value, for run.json's {@code parameters}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("writers", writers);
        m.put("readersPerStream", readersPerStream);
        m.put("videoWidth", videoWidth);
        m.put("videoHeight", videoHeight);
        m.put("videoFps", videoFps);
        m.put("videoBitrateKbps", videoBitrateKbps);
        m.put("videoSource", videoSource);
        m.put("cacheMb", cacheMb);
        m.put("warmupSeconds", warmupSeconds);
        m.put("outageSeconds", outageSeconds);
        m.put("cooldownSeconds", cooldownSeconds);
        m.put("writerInflightMb", writerInflightMb);
        m.put("logs", String.valueOf(logs));
        m.put("geds", geds);
        m.put("gedsCapacityMb", gedsCapacityMb);
        m.put("gedsPolicy", gedsPolicy);
        return m;
    }
}
