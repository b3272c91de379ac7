package org.citewatch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar manifest by the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"citewatch " + (version == null ? "development build" : version)};
    }
}
