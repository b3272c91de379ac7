package org.citewatch.archive;

/** Web archives whose URLs citewatch recognises in citations. */
public enum ArchiveService {
    WAYBACK,
    /** archive.today and all its domains; deprecated on English Wikipedia in 2026, never suggested. */
    ARCHIVE_TODAY,
    /** WebCite; the service is gone, never suggested. */
    WEBCITE,
    ARCHIVE_IT,
    PERMA_CC,
    GHOSTARCHIVE,
    ARQUIVO_PT,
    UK_WEB_ARCHIVE,
    LIBRARY_OF_CONGRESS,
    WIKIWIX
}
