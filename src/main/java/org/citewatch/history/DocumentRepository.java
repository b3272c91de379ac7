package org.citewatch.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.SourceMemory;
import org.citewatch.extract.WikiPage;
import org.citewatch.extract.WikiSite;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents, their citations, and the documents and errors of each run. Every write is idempotent
 * for a run, so a chunk written again after a restart stores nothing twice.
 */
public final class DocumentRepository {

    private final JdbcTemplate jdbc;
    private final LinkRepository links;

    DocumentRepository(JdbcTemplate jdbc, LinkRepository links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** The content hash stored when the document was last extracted, if it ever was. */
    public Optional<String> contentHash(String documentName) {
        return jdbc
                .queryForList(
                        "SELECT content_hash FROM cw_document WHERE name_key = ?",
                        String.class,
                        Keys.sha256(documentName))
                .stream()
                .findFirst();
    }

    /** The documents of a run, in name order. */
    public List<StoredDocument> documentsOf(long runId) {
        return jdbc.query(
                """
                SELECT d.name, d.source, d.content_hash FROM cw_run_document rd
                JOIN cw_document d ON d.id = rd.document_id WHERE rd.run_id = ? ORDER BY d.name""",
                (rs, i) ->
                        new StoredDocument(rs.getString("name"), rs.getString("source"), rs.getString("content_hash")),
                runId);
    }

    /** The revision id stored with the document (a wiki page or dump page), if any. */
    public OptionalLong revisionId(String documentName) {
        return jdbc
                .queryForList(
                        "SELECT revision_id FROM cw_document WHERE name_key = ? AND revision_id IS NOT NULL",
                        Long.class,
                        Keys.sha256(documentName))
                .stream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    /**
     * The wiki page and revision stored with a document read from a live wiki (for a fix, the
     * revision it is based on); its {@link WikiPage#site()} is {@link WikiSite#UNKNOWN}.
     */
    public Optional<WikiPage> wikiPage(String documentName) {
        return jdbc
                .query(
                        """
                        SELECT wiki, page_title, page_id, revision_id, revision_at FROM cw_document
                        WHERE name_key = ? AND wiki IS NOT NULL""",
                        (rs, i) -> new WikiPage(
                                rs.getString("wiki"),
                                rs.getString("page_title"),
                                rs.getLong("page_id"),
                                rs.getLong("revision_id"),
                                Sql.instant(rs, "revision_at"),
                                false,
                                WikiSite.UNKNOWN),
                        Keys.sha256(documentName))
                .stream()
                .findFirst();
    }

    /**
     * What a run's document sources remember between runs: revisions stored with documents, and
     * listing marks kept per run (a resumed run gets its own marks back).
     */
    public SourceMemory sourceMemory(long runId) {
        return new RunSourceMemory(jdbc, this, runId);
    }

    /**
     * Stores a document of a run: its citations when it was extracted again, and in any case its
     * membership of the run and the links it cites.
     *
     * @return the document's id
     */
    public long store(long runId, DocumentExtraction item, Instant now) {
        Document document = item.document();
        String key = Keys.sha256(document.name());
        Optional<StoredStyle> stored = jdbc
                .query(
                        "SELECT id, language, date_style FROM cw_document WHERE name_key = ?",
                        (rs, i) ->
                                new StoredStyle(rs.getLong("id"), rs.getString("language"), rs.getString("date_style")),
                        key)
                .stream()
                .findFirst();
        Optional<Long> existing = stored.map(StoredStyle::id);
        long documentId;
        if (item.reused() && existing.isPresent()) {
            documentId = existing.get();
            if (document.wikiPage() != null && !document.wikiPage().unchanged()) {
                // a new revision with the same text (a null edit, a revert): the next run compares with it
                storeRevision(documentId, document);
            }
            // Same text, but the input may now name another language (--wiki-lang, a dump's siteinfo).
            if (stored.get().styleStale(document.language())) {
                jdbc.update(
                        "UPDATE cw_document SET language = ?, date_style = ? WHERE id = ?",
                        Sql.clip(document.language(), 40),
                        dateStyle(document).name(),
                        documentId);
            }
        } else {
            documentId = existing.map(id -> update(id, item, now)).orElseGet(() -> insert(key, item, now));
            storeCitations(documentId, item.extraction().citations(), now);
        }
        jdbc.update("""
                INSERT INTO cw_run_document (run_id, document_id, reused)
                SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), ? FROM cw_run WHERE id = ?
                AND NOT EXISTS (SELECT 1 FROM cw_run_document WHERE run_id = ? AND document_id = ?)""", runId, documentId, item.reused(), runId, runId, documentId);
        jdbc.update("""
                INSERT INTO cw_run_link (run_id, link_id)
                SELECT DISTINCT CAST(? AS BIGINT), c.link_id FROM cw_citation c WHERE c.document_id = ?
                AND NOT EXISTS (SELECT 1 FROM cw_run_link r WHERE r.run_id = ? AND r.link_id = c.link_id)""", runId, documentId, runId);
        return documentId;
    }

    /** How the document writes dates, kept so that reports write suggested fixes the page's way. */
    private static DateStyle dateStyle(Document document) {
        return DateStyle.detect(document.text(), document.language());
    }

    /**
     * The date style a stored document's pages write ({@code cw_document.date_style}), by document name;
     * documents stored before citewatch kept it read as those of an unknown language.
     */
    public Map<String, DateStyle> dateStyles(long runId) {
        Map<String, DateStyle> styles = new HashMap<>();
        jdbc.query(
                """
                SELECT d.name, d.date_style FROM cw_run_document rd JOIN cw_document d ON d.id = rd.document_id
                WHERE rd.run_id = ?""",
                rs -> {
                    String style = rs.getString("date_style");
                    styles.put(
                            rs.getString("name"),
                            style == null ? DateStyle.detect("", null) : DateStyle.valueOf(style));
                },
                runId);
        return styles;
    }

    private record StoredStyle(long id, String language, String dateStyle) {
        boolean styleStale(String currentLanguage) {
            return dateStyle == null || !Objects.equals(language, currentLanguage);
        }
    }

    private long insert(String key, DocumentExtraction item, Instant now) {
        Document document = item.document();
        WikiPage page = document.wikiPage();
        jdbc.update(
                """
                INSERT INTO cw_document (name, name_key, source, content_hash, extracted_at,
                    wiki, page_title, page_id, revision_id, revision_at, language, date_style)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Sql.clip(document.name(), 8000),
                key,
                Sql.clip(document.source(), 8000),
                item.contentHash(),
                Sql.timestamp(now),
                page == null ? null : Sql.clip(page.wiki(), 1000),
                page == null ? null : Sql.clip(page.title(), 1000),
                page == null ? null : page.pageId(),
                document.revisionId(),
                page == null ? null : Sql.timestamp(page.timestamp()),
                Sql.clip(document.language(), 40),
                dateStyle(document).name());
        return jdbc.queryForObject("SELECT id FROM cw_document WHERE name_key = ?", Long.class, key);
    }

    private long update(long id, DocumentExtraction item, Instant now) {
        Document document = item.document();
        WikiPage page = document.wikiPage();
        jdbc.update(
                """
                UPDATE cw_document SET source = ?, content_hash = ?, extracted_at = ?,
                    wiki = ?, page_title = ?, page_id = ?, revision_id = ?, revision_at = ?,
                    language = ?, date_style = ? WHERE id = ?""",
                Sql.clip(document.source(), 8000),
                item.contentHash(),
                Sql.timestamp(now),
                page == null ? null : Sql.clip(page.wiki(), 1000),
                page == null ? null : Sql.clip(page.title(), 1000),
                page == null ? null : page.pageId(),
                document.revisionId(),
                page == null ? null : Sql.timestamp(page.timestamp()),
                Sql.clip(document.language(), 40),
                dateStyle(document).name(),
                id);
        jdbc.update("DELETE FROM cw_citation WHERE document_id = ?", id);
        return id;
    }

    private void storeRevision(long id, Document document) {
        jdbc.update(
                "UPDATE cw_document SET revision_id = ?, revision_at = ? WHERE id = ?",
                document.revisionId(),
                Sql.timestamp(document.wikiPage().timestamp()),
                id);
    }

    private void storeCitations(long documentId, List<Citation> citations, Instant now) {
        Map<String, Long> ids = links.idsFor(
                citations.stream()
                        .map(c -> new LinkRepository.NewLink(c.normalizedUrl(), c.skipReason()))
                        .toList(),
                now);
        List<Long> linkIds = new ArrayList<>(citations.size());
        for (Citation citation : citations) {
            linkIds.add(ids.get(citation.normalizedUrl()));
        }
        jdbc.batchUpdate(CitationRows.INSERT, CitationRows.batch(documentId, citations, linkIds));
    }

    /** Records a document or page that could not be read in a run; recording it again is a no-op. */
    public void recordError(long runId, DocumentError error) {
        String key = Keys.sha256(error.document() + "\n" + error.line() + "\n" + error.message());
        Integer known = jdbc.queryForObject(
                "SELECT COUNT(*) FROM cw_document_error WHERE run_id = ? AND error_key = ?", Integer.class, runId, key);
        if (known != null && known == 0) {
            jdbc.update(
                    "INSERT INTO cw_document_error (run_id, error_key, document, line_no, message) VALUES (?, ?, ?, ?, ?)",
                    runId,
                    key,
                    Sql.clip(error.document(), 8000),
                    error.line(),
                    Sql.clip(error.message(), 4000));
        }
    }

    /** The errors of a run, in the order they were found. */
    public List<DocumentError> errors(long runId) {
        return jdbc.query(
                "SELECT document, line_no, message FROM cw_document_error WHERE run_id = ? ORDER BY id",
                (rs, i) -> new DocumentError(rs.getString("document"), rs.getInt("line_no"), rs.getString("message")),
                runId);
    }
}
