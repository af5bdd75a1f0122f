package edgebuffer.workload.video;

import com.sun.jna.NativeLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Version;

/**
 * GStreamer for this JVM: finds out once whether it and the plugins our pipelines need are
 * installed, and initialises it. The native library is probed through JNA before gst1-java-core's
 * {@link Gst} class is touched, because that class fails in its static initialiser (an
 * ExceptionInInitializerError, then NoClassDefFoundError forever) when the library is missing.
 * GStreamer stays initialised for the JVM's lifetime: sources share it, so none may deinit it.
 */
public final class GstRuntime {

    /** The Debian packages our pipelines need (x264enc is in -ugly, the rest in -base and core). */
    public static final String APT_PACKAGES = "gstreamer1.0-plugins-base gstreamer1.0-plugins-ugly";

    /** Element -> Debian package holding it. */
    private static final Map<String, String> REQUIRED_ELEMENTS = new LinkedHashMap<>();

    static {
        REQUIRED_ELEMENTS.put("videotestsrc", "gstreamer1.0-plugins-base");
        REQUIRED_ELEMENTS.put("videoconvert", "gstreamer1.0-plugins-base");
        REQUIRED_ELEMENTS.put("appsink", "gstreamer1.0-plugins-base");
        REQUIRED_ELEMENTS.put("queue", "libgstreamer1.0-0");
        REQUIRED_ELEMENTS.put("x264enc", "gstreamer1.0-plugins-ugly");
    }

    private static final String DETACH_CALLBACK_THREADS = "glib.detachCallbackThreads";

    private static boolean checked;
    private static String unavailableReason;

    private GstRuntime() {
    }

    /** Empty when GStreamer is usable (and now initialised); otherwise one line saying what is missing. */
    public static synchronized Optional<String> unavailableReason() {
        if (!checked) {
            unavailableReason = probeAndInit();
            checked = true;
        }
        return Optional.ofNullable(unavailableReason);
    }

    public static boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /** Initialises GStreamer or throws a one-line {@link GstUnavailableException} naming the packages to install. */
    public static void requireAvailable() {
        Optional<String> reason = unavailableReason();
        if (reason.isPresent()) {
            throw new GstUnavailableException(reason.get());
        }
    }

    /** The GStreamer version string, e.g. "GStreamer 1.22.0"; only after a successful check. */
    public static String versionString() {
        requireAvailable();
        return Gst.getVersionString();
    }

    private static String probeAndInit() {
        try {
            NativeLibrary.getInstance("gstreamer-1.0");
        } catch (UnsatisfiedLinkError e) {
            return "GStreamer not found (libgstreamer-1.0.so.0 is not installed): apt-get install " + APT_PACKAGES;
        }
        // gst1-java-core otherwise leaves every GStreamer thread that posted a bus message attached
        // to the JVM as a thread named "GstBus" (GLib keeps pooled threads alive after a pipeline
        // stops), so a closed source would seem to leak threads.
        if (System.getProperty(DETACH_CALLBACK_THREADS) == null) {
            System.setProperty(DETACH_CALLBACK_THREADS, "true");
        }
        try {
            if (!Gst.isInitialized()) {
                Gst.init(Version.of(1, 14), "edgebuffer");
            }
        } catch (RuntimeException | LinkageError e) {
            return "GStreamer did not initialise (" + e.getMessage() + "): reinstall " + APT_PACKAGES;
        }
        List<String> missing = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        REQUIRED_ELEMENTS.forEach((element, debianPackage) -> {
            try {
                ElementFactory.find(element).dispose();
            } catch (IllegalArgumentException notInstalled) {
                missing.add(element);
                if (!packages.contains(debianPackage)) {
                    packages.add(debianPackage);
                }
            }
        });
        if (!missing.isEmpty()) {
            return "GStreamer is installed but lacks " + String.join(", ", missing)
                    + ": apt-get install " + String.join(" ", packages);
        }
        return null;
    }
}
