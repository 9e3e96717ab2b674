package io.complaintstreams.connect;

/** The plugin's version, as Connect reports it. */
final class Version {
    static final String VERSION = "0.1.0";

    private Version() {}
}
