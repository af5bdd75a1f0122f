package edgebuffer.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Legend names as in the original figure: "Pravega" for the baseline and "Pravega + GEDS" for a
 * GEDS run; when several runs share a mode, each is named by its run id instead, so no two
 * lines share a name.
 */
public final class RunLabels {

    private RunLabels() {
    }

    public static Map<Run, String> of(List<Run> runs) {
        Map<Run, String> labels = new LinkedHashMap<>();
        for (Run run : runs) {
            long sameMode = runs.stream().filter(r -> r.mode().equals(run.mode())).count();
            labels.put(run, sameMode == 1 ? modeName(run.mode()) : run.runId());
        }
        return labels;
    }

    public static String modeName(String mode) {
        return switch (mode) {
            case "baseline" -> "Pravega";
            case "geds" -> "Pravega + GEDS";
            default -> mode;
        };
    }
}
