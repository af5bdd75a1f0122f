package edgebuffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ./jbang wrapper against a fixture catalog whose scripts do not use the library (so the library
 * check is switched off): the launcher protocol must hand arguments, stdin and the exit code through
 * untouched, and the alias help check must name every broken alias.
 */
class JbangWrapperIT {

    private static final Map<String, String> NO_LIBRARY = Map.of("EDGEBUFFER_SKIP_LIB_INSTALL", "true");

    private final JbangWrapper jbang = JbangWrapper.ofRepository();
    private final Path fixture = jbang.repositoryRoot().resolve("lib/src/test/resources/jbang");

    private JbangWrapper.Result run(String stdin, Map<String, String> env, String... args) throws Exception {
        return jbang.run(fixture, env, stdin, args);
    }

    @Test
    void aliasFromTheCatalogAnswersHelp() throws Exception {
        JbangWrapper.Result result = run(null, NO_LIBRARY, "echo", "--help");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().startsWith("Usage: echo"), result::describe);
    }

    @Test
    void argumentsKeepSpacesQuotesAndShellCharacters() throws Exception {
        JbangWrapper.Result result = run(null, NO_LIBRARY,
                "echo", "two words", "it's", "\"quoted\"", "$HOME", "*", "back\\slash", "line\nbreak");

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals("[two words]\n[it's]\n[\"quoted\"]\n[$HOME]\n[*]\n[back\\slash]\n[line\nbreak]\n",
                result.stdout(), result::describe);
    }

    @Test
    void aliasWithFixedArgumentsPutsThemBeforeTheUsersArguments() throws Exception {
        JbangWrapper.Result result = run(null, NO_LIBRARY, "echo-fixed", "mine");

        assertEquals("prefix[fixed arg]\n[mine]\n", result.stdout(), result::describe);
    }

    @Test
    void stdinReachesTheScript() throws Exception {
        JbangWrapper.Result result = run("first line\nsecond line\n", NO_LIBRARY, "echo", "--stdin");

        assertEquals("stdin[first line]\nstdin[second line]\n", result.stdout(), result::describe);
    }

    @Test
    void nonZeroExitCodeOfTheScriptPassesThrough() throws Exception {
        JbangWrapper.Result result = run(null, NO_LIBRARY, "echo", "--exit", "7");

        assertEquals(7, result.exitCode(), result::describe);
    }

    @Test
    void jbangsOwnErrorExitCodeAndMessagePassThrough() throws Exception {
        JbangWrapper.Result result = run(null, NO_LIBRARY, "no-such-alias");

        assertTrue(result.exitCode() != 0 && result.exitCode() != 255, result::describe);
        assertTrue(result.stderr().contains("no-such-alias"), result::describe);
    }

    /**
     * A JVM warning that JBang's own JVM printed on stdout would be taken for the command line to run
     * (JBang's launcher protocol). JBang passes JBANG_JAVA_OPTIONS on to the script's JVM too, so the
     * script's copy of the warning may still come first on stdout: what matters is that the script ran.
     */
    @Test
    void warningsOfJBangsOwnJvmDoNotBreakTheLaunch() throws Exception {
        // Without large pages configured, this makes a JVM log a warning, by default on stdout.
        Map<String, String> env = Map.of("EDGEBUFFER_SKIP_LIB_INSTALL", "true",
                "JBANG_JAVA_OPTIONS", "-XX:+UseLargePages -XX:+UseSHM");

        JbangWrapper.Result result = run(null, env, "echo", "fine");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().endsWith("[fine]\n"), result::describe);
    }

    @Test
    void helpCheckNamesEveryBrokenAliasAndOnlyThose() throws Exception {
        List<String> failures = new AliasHelpCheck(jbang, NO_LIBRARY).failures(fixture.resolve("jbang-catalog.json"));

        List<String> failing = failures.stream().map(f -> f.substring(0, f.indexOf(':'))).toList();
        assertEquals(List.of("no-usage", "missing-script"), failing, () -> String.join("\n", failures));
    }
}
