package edgebuffer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every alias of the repository's jbang-catalog.json answers {@code ./jbang <alias> --help} with exit code 0
 * and a usage text: each script compiles against the installed library and its picocli command is wired.
 * The wrapper installs the library first when it is missing or stale, as it does for a user.
 */
class ScriptsHelpIT {

    @Test
    void everyCatalogAliasAnswersHelpWithUsage() throws Exception {
        JbangWrapper jbang = JbangWrapper.ofRepository();
        Path catalog = jbang.repositoryRoot().resolve("jbang-catalog.json");

        List<String> failures = new AliasHelpCheck(jbang, Map.of()).failures(catalog);

        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + count(catalog)
                + " aliases do not answer --help:\n" + String.join("\n", failures));
    }

    private static int count(Path catalog) {
        try {
            return AliasHelpCheck.aliases(catalog).size();
        } catch (Exception e) {
            return -1;
        }
    }
}
