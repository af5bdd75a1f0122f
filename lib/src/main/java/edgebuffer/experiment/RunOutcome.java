package edgebuffer.experiment;

import java.nio.file.Path;

/**
 * What a finished run hands back to its caller (a script, reproduce-figure, a notebook).
 *
 * @param runFolder   the run folder (see docs/RUN-FOLDER.md)
 * @param integrityOk true when every acknowledged frame was read back intact
 * @param summary     the human summary, also in the run folder's summary.md
 */
public record RunOutcome(Path runFolder, boolean integrityOk, String summary) {
}
