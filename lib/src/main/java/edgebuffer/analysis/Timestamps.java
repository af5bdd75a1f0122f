package edgebuffer.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The run folder's timestamps.json: the original's four moments. Every analysis time is
 * measured in seconds since {@link #start()}, the same clock as ingest.csv's {@code elapsed_s}.
 */
public record Timestamps(Instant start, Instant pause, Instant resume, Instant end) {

    public static final String START = "Start Time";
    public static final String PAUSE = "Pause Time";
    public static final String RESUME = "Resume Time";
    public static final String END = "End Time";

    public Timestamps {
        if (pause.isBefore(start) || resume.isBefore(pause) || end.isBefore(resume)) {
            throw new RunFolderException("timestamps.json: expected Start <= Pause <= Resume <= End, got "
                    + start + ", " + pause + ", " + resume + ", " + end);
        }
    }

    static Timestamps fromJson(JsonNode json) {
        return new Timestamps(instant(json, START), instant(json, PAUSE), instant(json, RESUME), instant(json, END));
    }

    /** Seconds from "Start Time" to "Pause Time": where the outage begins on the elapsed_s clock. */
    public double outageStartSeconds() {
        return seconds(start, pause);
    }

    /** Seconds from "Start Time" to "Resume Time": where the outage ends on the elapsed_s clock. */
    public double outageEndSeconds() {
        return seconds(start, resume);
    }

    public double outageSeconds() {
        return seconds(pause, resume);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static Instant instant(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || !value.isTextual()) {
            throw new RunFolderException("timestamps.json: missing \"" + key + "\" (ISO-8601 text, e.g. 2026-12-04T20:30:00Z)");
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new RunFolderException("timestamps.json: \"" + key + "\" is not ISO-8601 with an offset: " + value.asText());
        }
    }
}
