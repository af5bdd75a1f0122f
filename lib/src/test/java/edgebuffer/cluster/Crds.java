package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/** Puts an operator's CRD into the mock server, as installing that operator's chart would. */
final class Crds {

    private Crds() {
    }

    static void install(KubernetesClient client, OperatorKind... kinds) {
        for (OperatorKind k : kinds) {
            var ctx = k.context();
            client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                    .withNewMetadata().withName(k.crdName()).endMetadata()
                    .withNewSpec().withGroup(ctx.getGroup()).withScope("Namespaced")
                        .withNewNames().withKind(ctx.getKind()).withPlural(ctx.getPlural()).endNames()
                        .addNewVersion().withName(ctx.getVersion()).withServed(true).withStorage(true).endVersion()
                    .endSpec().build()).create();
        }
    }
}
