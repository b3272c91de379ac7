package org.citewatch.extract;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a file is, by its name's ending (case-insensitive). */
enum InputFileType {
    WIKITEXT(DocumentFormat.WIKITEXT, ".wiki", ".wikitext", ".mediawiki"),
    URL_LIST(DocumentFormat.URL_LIST, ".txt"),
    HTML(DocumentFormat.HTML, ".html", ".htm"),
    XML_DUMP(DocumentFormat.WIKITEXT, ".xml"),
    XML_DUMP_BZIP2(DocumentFormat.WIKITEXT, ".xml.bz2"),
    XML_DUMP_GZIP(DocumentFormat.WIKITEXT, ".xml.gz");

    /** For error messages naming what is supported. */
    static final String SUPPORTED = ".wiki, .wikitext, .mediawiki, .txt, .html, .htm, .xml, .xml.bz2, .xml.gz";

    private final DocumentFormat format;
    private final String[] suffixes;

    InputFileType(DocumentFormat format, String... suffixes) {
        this.format = format;
        this.suffixes = suffixes;
    }

    /** The format of the documents such a file holds (pages of a dump are wikitext). */
    DocumentFormat format() {
        return format;
    }

    boolean isDump() {
        return this == XML_DUMP || this == XML_DUMP_BZIP2 || this == XML_DUMP_GZIP;
    }

    static Optional<InputFileType> of(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        for (InputFileType type : values()) {
            for (String suffix : type.suffixes) {
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
