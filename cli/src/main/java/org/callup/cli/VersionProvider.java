package org.callup.cli;

import org.callup.results.CallupVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version of callup, the commit it was built from, and the Java running it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        CallupVersion v = CallupVersion.current();
        return new String[] {
            "callup " + v.version() + " (commit " + v.commit() + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
