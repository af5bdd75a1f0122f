package edgebuffer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code ./jbang <alias> --help} for every alias of a jbang-catalog.json, from the catalog's folder, and
 * collects every alias whose answer is not a picocli usage text with exit code 0 - all of them, so one run
 * shows everything that is broken.
 */
final class AliasHelpCheck {

    private final JbangWrapper jbang;
    private final Map<String, String> env;

    AliasHelpCheck(JbangWrapper jbang, Map<String, String> env) {
        this.jbang = jbang;
        this.env = env;
    }

    static List<String> aliases(Path catalog) throws IOException {
        JsonNode aliases = new ObjectMapper().readTree(catalog.toFile()).path("aliases");
        if (!aliases.isObject() || aliases.isEmpty()) {
            throw new IllegalStateException(catalog + " has no \"aliases\" object");
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = aliases.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** One line (plus the captured output) per failing alias; empty when every alias answered. */
    List<String> failures(Path catalog) throws IOException, InterruptedException {
        Path folder = catalog.toAbsolutePath().getParent();
        List<String> failures = new ArrayList<>();
        for (String alias : aliases(catalog)) {
            JbangWrapper.Result result = jbang.run(folder, env, null, alias, "--help");
            if (result.exitCode() != 0) {
                failures.add(alias + ": exit code " + result.exitCode() + "\n" + indent(result.describe()));
            } else if (!result.stdout().startsWith("Usage:")) {
                failures.add(alias + ": output does not start with \"Usage:\"\n" + indent(result.describe()));
            }
        }
        return failures;
    }

    private static String indent(String text) {
        return text.strip().indent(4);
    }
}
