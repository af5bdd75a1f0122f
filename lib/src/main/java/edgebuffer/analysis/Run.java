package edgebuffer.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * One run folder, loaded (see docs/RUN-FOLDER.md).
 *
 * @param folder     the run folder
 * @param runJson    run.json as a tree: readers take what they know and ignore the rest
 * @param timestamps timestamps.json
 * @param ingest     ingest.csv, one row per elapsed second, sorted by {@code elapsed_s}
 * @param tier       tier.csv (GEDS runs), or null when the folder has none
 * @param latency    every reader log appended: {@code reader, absolute_time_s, experiment_time_s, latency_ms}
 */
public record Run(Path folder, JsonNode runJson, Timestamps timestamps, Table ingest, Table tier, Table latency) {

    public static final double MIB = 1024.0 * 1024.0;

    public String runId() {
        return text("runId", folder.getFileName().toString());
    }

    /** "baseline" or "geds"; older folders without {@code mode} fall back on parameters.geds. */
    public String mode() {
        String mode = text("mode", null);
        if (mode != null) {
            return mode;
        }
        return parameter("geds").map(JsonNode::asBoolean).orElse(false) ? "geds" : "baseline";
    }

    public boolean isGeds() {
        return "geds".equals(mode());
    }

    public String stack() {
        return text("stack", "?");
    }

    public Optional<Table> tierTable() {
        return Optional.ofNullable(tier);
    }

    public Optional<JsonNode> parameter(String name) {
        return Optional.ofNullable(runJson.path("parameters").get(name)).filter(n -> !n.isNull());
    }

    /**
     * Pravega's cache size: run.json's pravega.cacheBytes (what the stack really ran with; a cluster's
     * cache is set at install time), else parameters.cacheMb (MB = 2^20 bytes), if the run recorded it.
     */
    public Optional<Long> cacheBytes() {
        JsonNode cache = runJson.path("pravega").get("cacheBytes");
        if (cache != null && cache.isNumber()) {
            return Optional.of(cache.asLong());
        }
        return parameter("cacheMb").map(n -> (long) (n.asDouble() * MIB));
    }

    /**
     * The GEDS tier's local capacity: run.json's tier.capacityBytes, else parameters.gedsCapacityMb
     * for a GEDS run; zero for a baseline run (no tier under Pravega).
     */
    public long tierCapacityBytes() {
        JsonNode capacity = runJson.path("tier").get("capacityBytes");
        if (capacity != null && capacity.isNumber()) {
            return capacity.asLong();
        }
        if (!isGeds()) {
            return 0;
        }
        return parameter("gedsCapacityMb").map(n -> (long) (n.asDouble() * MIB)).orElse(0L);
    }

    /** integrity.eventsLost from run.json, if the run got that far. */
    public Optional<Long> eventsLost() {
        JsonNode lost = runJson.path("integrity").get("eventsLost");
        return lost != null && lost.isNumber() ? Optional.of(lost.asLong()) : Optional.empty();
    }

    /** A number the run itself wrote into run.json's outage block (to cross-check the analysis). */
    public Optional<Double> reportedOutageValue(String key) {
        JsonNode value = runJson.path("outage").get(key);
        return value != null && value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    private String text(String key, String fallback) {
        JsonNode value = runJson.get(key);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }
}
