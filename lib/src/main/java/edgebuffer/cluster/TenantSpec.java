package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;
import java.util.Map;

/**
 * The MinIO tenant the original created by hand in the operator console: servers, one pool, TLS
 * off, root credentials, and the access key Pravega and GEDS use (the operator creates the users
 * listed in {@code spec.users} from their secrets; minio-install then grants them read-write).
 */
public final class TenantSpec {

    private TenantSpec() {
    }

    public static String configSecretName(ClusterOptions o) {
        return o.tenant + "-env-configuration";
    }

    public static String userSecretName(ClusterOptions o) {
        return o.tenant + "-user-0";
    }

    /** Root credentials, in the {@code config.env} form the operator reads. */
    public static Secret configSecret(ClusterOptions o) {
        String env = "export MINIO_ROOT_USER=\"" + o.minioRootUser + "\"\n"
                + "export MINIO_ROOT_PASSWORD=\"" + o.minioRootPassword + "\"\n";
        return new SecretBuilder()
                .withNewMetadata().withName(configSecretName(o)).withNamespace(o.namespace).endMetadata()
                .withType("Opaque").addToStringData("config.env", env).build();
    }

    /** The access key Pravega and GEDS use. */
    public static Secret userSecret(ClusterOptions o) {
        return new SecretBuilder()
                .withNewMetadata().withName(userSecretName(o)).withNamespace(o.namespace).endMetadata()
                .withType("Opaque")
                .addToStringData("CONSOLE_ACCESS_KEY", o.s3AccessKey)
                .addToStringData("CONSOLE_SECRET_KEY", o.s3SecretKey)
                .build();
    }

    public static GenericKubernetesResource tenant(ClusterOptions o) {
        int volumes = o.tenantServers * o.tenantVolumesPerServer;
        long perVolumeMi = (long) o.tenantCapacityGi * 1024 / volumes;
        Map<String, Object> pool = Obj.map(
                "name", o.tenantPool,
                "servers", o.tenantServers,
                "volumesPerServer", o.tenantVolumesPerServer,
                "volumeClaimTemplate", Obj.map(
                        "metadata", Obj.map("name", "data"),
                        "spec", Obj.claim(o.tenantStorageClass, perVolumeMi + "Mi")));
        Map<String, Object> spec = Obj.map(
                "image", o.minioImage,
                "requestAutoCert", false,
                "configuration", Obj.map("name", configSecretName(o)),
                "users", List.of(Obj.map("name", userSecretName(o))),
                "pools", List.of(pool));
        return Obj.resource(OperatorKind.TENANT, o.tenant, o.namespace, spec);
    }
}
