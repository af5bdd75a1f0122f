///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.NodeCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Resets a Kubernetes node: kubeadm reset, CNI and kubeconfig clean-up, cni0 link, containerd restart. Run as root on every node. */
@Command(name = "admreset", mixinStandardHelpOptions = true, description = "Resets a Kubernetes node: kubeadm reset, CNI and kubeconfig clean-up, cni0 link, containerd restart. Run as root on every node.")
public class AdmReset implements Callable<Integer> {

    @Option(names = "--kube-dir", defaultValue = "${HOME}/.kube", description = "Folder of the kubeconfig to remove (default: ${DEFAULT-VALUE}).")
    String kubeDir;

    @Option(names = "--dry-run", description = "Print the commands without running them.")
    boolean dryRun;

    @Override
    public Integer call() {
        NodeCommands.run(NodeCommands.reset(kubeDir), dryRun, System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new AdmReset(), args));
    }
}
