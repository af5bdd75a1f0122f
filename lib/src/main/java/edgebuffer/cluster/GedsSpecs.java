package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.Map;

/** The GEDS side of the GEDS run: its metadata server (pod + service) and its local volume. */
public final class GedsSpecs {

    public static final String METADATA_SERVER = "geds-metadataserver";
    public static final String CACHE_VOLUME = "geds-cache";

    private GedsSpecs() {
    }

    public static Pod metadataServer(ClusterOptions o) {
        return new PodBuilder()
                .withNewMetadata().withName(METADATA_SERVER).withNamespace(o.namespace)
                    .addToLabels("app", METADATA_SERVER).endMetadata()
                .withNewSpec()
                    .withNodeSelector(new java.util.LinkedHashMap<>(o.nodeSelector))
                    .addNewContainer().withName(METADATA_SERVER).withImage(o.gedsMetadataImage)
                        .addNewPort().withContainerPort(o.gedsMetadataPort).withName("grpc").endPort()
                    .endContainer()
                .endSpec().build();
    }

    public static Service metadataService(ClusterOptions o) {
        return new ServiceBuilder()
                .withNewMetadata().withName(METADATA_SERVER).withNamespace(o.namespace).endMetadata()
                .withNewSpec().addToSelector("app", METADATA_SERVER)
                    .addNewPort().withName("grpc").withPort(o.gedsMetadataPort).withTargetPort(new IntOrString(o.gedsMetadataPort)).endPort()
                .endSpec().build();
    }

    /** A StorageClass without a provisioner: its only volume is the hostPath PV below. */
    public static StorageClass storageClass(ClusterOptions o) {
        return new StorageClassBuilder()
                .withNewMetadata().withName(o.gedsStorageClass).endMetadata()
                .withProvisioner("kubernetes.io/no-provisioner")
                .withVolumeBindingMode("WaitForFirstConsumer")
                .build();
    }

    public static PersistentVolume cacheVolume(ClusterOptions o) {
        PersistentVolumeBuilder pv = new PersistentVolumeBuilder()
                .withNewMetadata().withName(CACHE_VOLUME).endMetadata()
                .withNewSpec()
                    .withCapacity(Map.of("storage", new Quantity(o.gedsLocalGi + "Gi")))
                    .withAccessModes("ReadWriteOnce")
                    .withStorageClassName(o.gedsStorageClass)
                    .withPersistentVolumeReclaimPolicy("Delete")
                    .withNewHostPath().withPath(o.gedsHostPath).withType("DirectoryOrCreate").endHostPath()
                .endSpec();
        if (!o.nodeSelector.isEmpty()) {
            // A hostPath volume lives on one node: pin it to the node the experiment's pods run on.
            var requirements = o.nodeSelector.entrySet().stream()
                    .map(e -> new NodeSelectorRequirementBuilder().withKey(e.getKey()).withOperator("In").withValues(e.getValue()).build())
                    .toList();
            pv.editSpec().withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm()
                    .withMatchExpressions(requirements).endNodeSelectorTerm().endRequired().endNodeAffinity().endSpec();
        }
        return pv.build();
    }
}
