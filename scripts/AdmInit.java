///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.NodeCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Sets up the Kubernetes master: kubeadm init, kubeconfig, flannel CNI, local-path storage as default, prints the join command. Run as root on the master. */
@Command(name = "adminit", mixinStandardHelpOptions = true, description = "Sets up the Kubernetes master: kubeadm init, kubeconfig, flannel CNI, local-path storage as default, prints the join command. Run as root on the master.")
public class AdmInit implements Callable<Integer> {

    @Option(names = "--pod-network-cidr", defaultValue = "10.244.0.0/16", description = "Pod network (flannel's default; default: ${DEFAULT-VALUE}).")
    String podNetworkCidr;

    @Option(names = "--cni-manifest", defaultValue = "https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml",
            description = "CNI manifest to apply (default: ${DEFAULT-VALUE}).")
    String cniManifest;

    @Option(names = "--local-path-manifest", defaultValue = "https://raw.githubusercontent.com/rancher/local-path-provisioner/v0.0.23/deploy/local-path-storage.yaml",
            description = "Local-path provisioner manifest (default: ${DEFAULT-VALUE}).")
    String localPathManifest;

    @Option(names = "--storage-class", defaultValue = "local-path", description = "StorageClass made the default (default: ${DEFAULT-VALUE}).")
    String storageClass;

    @Option(names = "--kube-dir", defaultValue = "${HOME}/.kube", description = "Where the admin kubeconfig goes (default: ${DEFAULT-VALUE}).")
    String kubeDir;

    @Option(names = "--user", defaultValue = "${SUDO_USER:-${sys:user.name}}", description = "Owner of the kubeconfig (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--dry-run", description = "Print the commands without running them.")
    boolean dryRun;

    @Override
    public Integer call() {
        NodeCommands.run(NodeCommands.init(new NodeCommands.InitSettings(podNetworkCidr, cniManifest, localPathManifest,
                storageClass, kubeDir, user)), dryRun, System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new AdmInit(), args));
    }
}
