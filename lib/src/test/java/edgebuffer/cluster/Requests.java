package edgebuffer.cluster;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The writes a test's code sent to the mock API server, in order: "POST /api/v1/...". */
final class Requests {

    private Requests() {
    }

    /** Drops what was recorded so far (test set-up). */
    static void clear(KubernetesMockServer server) throws InterruptedException {
        while (server.takeRequest(10, TimeUnit.MILLISECONDS) != null) {
            // drain
        }
    }

    static List<String> writes(KubernetesMockServer server) throws InterruptedException {
        List<String> out = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
            if (!r.getMethod().equals("GET")) {
                String path = r.getPath();
                int q = path.indexOf('?');
                out.add(r.getMethod() + " " + (q < 0 ? path : path.substring(0, q)));
            }
        }
        return out;
    }
}
