package edgebuffer.experiment;

/** The toolkit's own version, from the jar's manifest when packaged. */
final class Versions {

    private Versions() {
    }

    static String toolkit() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }
}
