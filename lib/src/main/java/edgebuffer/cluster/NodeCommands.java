package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * adminit and admreset: node-level commands (kubeadm, file clean-up, CNI, containerd) that no API
 * server can do for us. Both build the exact command list first, print it, and run it only without
 * {@code --dry-run}; Helm is not installed any more (the toolkit embeds it).
 */
public final class NodeCommands {

    /** One command; {@code mayFail} for clean-up of things that may already be gone. */
    public record Step(List<String> argv, boolean mayFail) {
        public String line() {
            return String.join(" ", argv.stream().map(NodeCommands::quote).toList());
        }
    }

    /** What adminit needs to know. */
    public record InitSettings(String podNetworkCidr, String cniManifest, String localPathManifest,
                               String storageClass, String kubeDir, String user) {
    }

    private NodeCommands() {
    }

    public static List<Step> init(InitSettings s) {
        List<Step> steps = new ArrayList<>();
        steps.add(step("kubeadm", "init", "--pod-network-cidr=" + s.podNetworkCidr()));
        steps.add(step("mkdir", "-p", s.kubeDir()));
        steps.add(step("cp", "/etc/kubernetes/admin.conf", s.kubeDir() + "/config"));
        steps.add(step("chown", s.user() + ":", s.kubeDir() + "/config"));
        steps.add(step("kubectl", "--kubeconfig", s.kubeDir() + "/config", "apply", "-f", s.cniManifest()));
        steps.add(step("kubectl", "--kubeconfig", s.kubeDir() + "/config", "apply", "-f", s.localPathManifest()));
        steps.add(step("kubectl", "--kubeconfig", s.kubeDir() + "/config", "annotate", "--overwrite", "storageclass",
                s.storageClass(), "storageclass.kubernetes.io/is-default-class=true"));
        steps.add(step("kubeadm", "token", "create", "--print-join-command"));
        return steps;
    }

    public static List<Step> reset(String kubeDir) {
        return List.of(
                step("kubeadm", "reset", "--force"),
                new Step(List.of("rm", "-rf", "/etc/cni/net.d"), true),
                new Step(List.of("rm", "-f", kubeDir + "/config"), true),
                new Step(List.of("ip", "link", "delete", "cni0"), true),
                step("systemctl", "restart", "containerd"));
    }

    /**
     * DirectPV, which turns each worker's raw drive into MinIO volumes (the original's minio-install
     * did this through krew): install the plugin and the driver, discover the drives, initialise them.
     * {@code kubectl directpv discover} writes {@code drives.yaml} in the current folder.
     */
    public static List<Step> directPv() {
        return List.of(
                step("kubectl", "krew", "install", "directpv"),
                step("kubectl", "directpv", "install"),
                step("kubectl", "directpv", "discover"),
                step("kubectl", "directpv", "init", "drives.yaml", "--dangerous"));
    }

    /** Prints every step ("+ command"), and runs them in order unless {@code dryRun}. */
    public static void run(List<Step> steps, boolean dryRun, PrintStream out) {
        for (Step step : steps) {
            out.println((dryRun ? "would run: " : "+ ") + step.line());
            if (dryRun) {
                continue;
            }
            int code;
            try {
                code = new ProcessBuilder(step.argv()).inheritIO().start().waitFor();
            } catch (IOException e) {
                throw new UserError("cannot run `" + step.argv().get(0) + "`: " + e.getMessage()
                        + " (is it installed and on PATH? kubeadm, kubectl and containerd must be installed first)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("interrupted during `" + step.line() + "`");
            }
            if (code != 0 && !step.mayFail()) {
                throw new UserError("`" + step.line() + "` exited with " + code + " (run as root, or see its output above)");
            }
        }
    }

    private static Step step(String... argv) {
        return new Step(List.of(argv), false);
    }

    static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
