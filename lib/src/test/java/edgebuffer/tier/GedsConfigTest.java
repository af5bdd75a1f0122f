package edgebuffer.tier;

import io.pravega.common.util.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GedsConfigTest {
    private static Properties minimal() {
        Properties properties = new Properties();
        properties.setProperty("geds.local.dir", "/tmp/geds-config-test");
        properties.setProperty("geds.s3.endpoint", "http://127.0.0.1:9000");
        properties.setProperty("geds.s3.bucket", "edge");
        properties.setProperty("geds.s3.secret.key", "s3cr3t");
        return properties;
    }

    @Test
    void readsGedsKeysAsPravegaDoesAndDefaultsToEagerWithFiveGigabytes() {
        GedsConfig config = GedsConfig.builder().rebase(minimal()).build();
        assertEquals(GedsPolicy.EAGER, config.policy());
        assertEquals(5L << 30, config.capacityBytes());
        assertEquals(0.7, config.spillFraction());
        assertEquals("geds/", config.s3Prefix());
    }

    @Test
    void propertiesForTheStackSelectTheStorageAndRoundTrip() {
        Properties given = minimal();
        given.setProperty("geds.policy", "SPILL");
        given.setProperty("geds.capacity.bytes", "1048576");
        given.setProperty("geds.system.reserve.bytes", "1024");
        Map<String, String> keys = GedsConfig.builder().rebase(given).build().asPravegaProperties();
        assertEquals("GEDS", keys.get("pravegaservice.storage.impl.name"));
        assertEquals("CHUNKED_STORAGE", keys.get("pravegaservice.storage.layout"));
        assertEquals("spill", keys.get("geds.policy"));

        Properties again = new Properties();
        again.putAll(keys);
        GedsConfig copy = GedsConfig.builder().rebase(again).build();
        assertEquals(GedsPolicy.SPILL, copy.policy());
        assertEquals(1048576L, copy.capacityBytes());
        assertEquals(keys, copy.asPravegaProperties());
    }

    @Test
    void badValuesSayWhichKeyAndWhatToDo() {
        Properties badPolicy = minimal();
        badPolicy.setProperty("geds.policy", "lazy");
        assertEquals("geds.policy must be 'spill' or 'eager', got 'lazy'",
                assertThrows(ConfigurationException.class, () -> GedsConfig.builder().rebase(badPolicy).build()).getMessage());

        Properties noDir = minimal();
        noDir.remove("geds.local.dir");
        assertTrue(assertThrows(ConfigurationException.class, () -> GedsConfig.builder().rebase(noDir).build())
                .getMessage().startsWith("geds.local.dir is not set"));

        Properties reserveTooBig = minimal();
        reserveTooBig.setProperty("geds.capacity.bytes", "100");
        assertTrue(assertThrows(ConfigurationException.class, () -> GedsConfig.builder().rebase(reserveTooBig).build())
                .getMessage().startsWith("geds.system.reserve.bytes"));
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertFalse(GedsConfig.builder().rebase(minimal()).build().toString().contains("s3cr3t"));
    }
}
