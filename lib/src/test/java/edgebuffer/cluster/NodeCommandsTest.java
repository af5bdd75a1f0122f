package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCommandsTest {

    private static final NodeCommands.InitSettings SETTINGS = new NodeCommands.InitSettings("10.244.0.0/16",
            "https://example.org/kube-flannel.yml", "https://example.org/local-path-storage.yaml", "local-path",
            "/home/ubuntu/.kube", "ubuntu");

    @Test
    void initIsTheOriginalSequenceWithoutInstallingHelm() {
        List<String> lines = NodeCommands.init(SETTINGS).stream().map(NodeCommands.Step::line).toList();
        assertEquals(List.of(
                "kubeadm init --pod-network-cidr=10.244.0.0/16",
                "mkdir -p /home/ubuntu/.kube",
                "cp /etc/kubernetes/admin.conf /home/ubuntu/.kube/config",
                "chown ubuntu: /home/ubuntu/.kube/config",
                "kubectl --kubeconfig /home/ubuntu/.kube/config apply -f https://example.org/kube-flannel.yml",
                "kubectl --kubeconfig /home/ubuntu/.kube/config apply -f https://example.org/local-path-storage.yaml",
                "kubectl --kubeconfig /home/ubuntu/.kube/config annotate --overwrite storageclass local-path storageclass.kubernetes.io/is-default-class=true",
                "kubeadm token create --print-join-command"), lines);
    }

    @Test
    void resetCleansUpAndToleratesWhatIsAlreadyGone() {
        List<NodeCommands.Step> steps = NodeCommands.reset("/root/.kube");
        assertEquals(List.of("kubeadm reset --force", "rm -rf /etc/cni/net.d", "rm -f /root/.kube/config",
                "ip link delete cni0", "systemctl restart containerd"), steps.stream().map(NodeCommands.Step::line).toList());
        assertEquals(List.of(false, true, true, true, false), steps.stream().map(NodeCommands.Step::mayFail).toList());
    }

    @Test
    void dryRunPrintsEveryCommandAndRunsNone() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        // a command that cannot exist: running it would fail, so passing proves nothing ran
        List<NodeCommands.Step> steps = List.of(new NodeCommands.Step(List.of("no-such-command-edgebuffer", "a b"), false));
        NodeCommands.run(steps, true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals("would run: no-such-command-edgebuffer 'a b'", buf.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void missingCommandIsAUserError() {
        List<NodeCommands.Step> steps = List.of(new NodeCommands.Step(List.of("no-such-command-edgebuffer"), false));
        UserError e = assertThrows(UserError.class, () -> NodeCommands.run(steps, false, new PrintStream(new ByteArrayOutputStream())));
        assertTrue(e.getMessage().contains("cannot run `no-such-command-edgebuffer`"), e.getMessage());
    }

    @Test
    void failingCommandStopsTheSequence() {
        List<NodeCommands.Step> steps = List.of(new NodeCommands.Step(List.of("false"), true),
                new NodeCommands.Step(List.of("false"), false), new NodeCommands.Step(List.of("true"), false));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        UserError e = assertThrows(UserError.class, () -> NodeCommands.run(steps, false, new PrintStream(buf, true, StandardCharsets.UTF_8)));
        assertEquals("`false` exited with 1 (run as root, or see its output above)", e.getMessage());
        assertEquals(2, buf.toString(StandardCharsets.UTF_8).lines().count(), "the third step must not run");
    }
}
