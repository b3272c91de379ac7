package org.citewatch.extract;

/** What is known so far of the dump page being read; the newest revision's values win. */
final class DumpPage {

    String title;
    /** Exports before schema 0.6 have no {@code <ns>}: such pages count as articles. */
    String namespace = "0";

    boolean redirect;
    Long revisionId;
    String model;
    boolean hasText;
    boolean tooLarge;

    /** Whether the settings ask for this page, as far as its namespace and redirect say. */
    boolean wanted(InputProperties settings) {
        if (redirect && settings.skipRedirects()) {
            return false;
        }
        try {
            return settings.namespaces().contains(Integer.valueOf(namespace));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
