package org.callup.results;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of callup and the git commit it was built from, as recorded by the build. A commit ending in
 * {@code -dirty} was built from a tree with uncommitted changes; {@code unknown} means it was built without git.
 */
public record CallupVersion(String version, String commit) {
    private static final String RESOURCE = "callup-version.properties";

    /** The version of the running code. */
    public static CallupVersion current() {
        Properties p = new Properties();
        try (InputStream in = CallupVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource inside our own jar: report the version as unknown rather than fail a run.
        }
        String version = known(p.getProperty("version"));
        String commit = known(p.getProperty("commit"));
        if (!commit.equals("unknown") && "true".equals(p.getProperty("dirty"))) {
            commit += "-dirty";
        }
        return new CallupVersion(version, commit);
    }

    private static String known(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }

    @Override
    public String toString() {
        return version + " (commit " + commit + ")";
    }
}
