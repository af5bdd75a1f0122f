///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Test fixture for the ./jbang wrapper: shows exactly what arguments and stdin reached the script. */
@Command(name = "echo", mixinStandardHelpOptions = true, description = "Prints each argument in brackets, then stdin.")
public class Echo implements Callable<Integer> {
    @Option(names = "--exit", description = "Exit code to return.")
    int exitCode;

    @Option(names = "--stdin", description = "Copy stdin to stdout.")
    boolean copyStdin;

    @Option(names = "--prefix", description = "Printed before the arguments.")
    String prefix;

    @Parameters
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (prefix != null) {
            System.out.println("prefix[" + prefix + "]");
        }
        for (String word : words) {
            System.out.println("[" + word + "]");
        }
        if (copyStdin) {
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            in.lines().forEach(line -> System.out.println("stdin[" + line + "]"));
        }
        return exitCode;
    }

    public static void main(String... args) {
        System.exit(new CommandLine(new Echo()).execute(args));
    }
}
