package org.citewatch.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;

/** Maps {@link Citation}s to and from rows of {@code cw_citation}. */
final class CitationRows {

    static final String INSERT = """
            INSERT INTO cw_citation (document_id, seq, link_id, line_no, column_no, url, template, param, title,
                archive_url, archive_date_raw, archive_date, archive_date_precision,
                access_date_raw, access_date, access_date_precision, marked_dead, url_status,
                dead_tag_name, dead_tag_date_raw, dead_tag_date, dead_tag_date_precision, dead_tag_bot, dead_tag_fix,
                ref_name, uses, skip_reason, date_raw, date_value, date_precision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private CitationRows() {}

    static Object[] insertArgs(long documentId, int seq, long linkId, Citation c) {
        DeadLinkTag tag = c.deadLinkTag();
        CitationDate tagDate = tag == null ? null : tag.date();
        return new Object[] {
            documentId,
            seq,
            linkId,
            c.line(),
            c.column(),
            Sql.clip(c.url(), 8000),
            Sql.clip(c.template(), 200),
            Sql.clip(c.param(), 200),
            Sql.clip(c.title(), 4000),
            Sql.clip(c.archiveUrl(), 8000),
            raw(c.archiveDate()),
            value(c.archiveDate()),
            precision(c.archiveDate()),
            raw(c.accessDate()),
            value(c.accessDate()),
            precision(c.accessDate()),
            c.markedDead(),
            Sql.clip(c.urlStatus(), 100),
            tag == null ? null : Sql.clip(tag.name(), 200),
            raw(tagDate),
            value(tagDate),
            precision(tagDate),
            tag == null ? null : Sql.clip(tag.bot(), 200),
            tag == null ? null : Sql.clip(tag.fixAttempted(), 200),
            Sql.clip(c.refName(), 1000),
            c.uses(),
            c.skipReason(),
            raw(c.date()),
            value(c.date()),
            precision(c.date())
        };
    }

    /** Reads a citation from a row holding {@code cw_citation} columns, {@code d.name} and {@code l.url}. */
    static Citation read(ResultSet rs) throws SQLException {
        String tagName = rs.getString("dead_tag_name");
        DeadLinkTag tag = tagName == null
                ? null
                : new DeadLinkTag(
                        tagName, date(rs, "dead_tag_date"), rs.getString("dead_tag_bot"), rs.getString("dead_tag_fix"));
        return new Citation(
                rs.getString("document_name"),
                rs.getInt("line_no"),
                rs.getInt("column_no"),
                rs.getString("url"),
                rs.getString("link_url"),
                rs.getString("template"),
                rs.getString("param"),
                rs.getString("title"),
                rs.getString("archive_url"),
                date(rs, "archive_date"),
                date(rs, "access_date"),
                rs.getBoolean("marked_dead"),
                rs.getString("url_status"),
                tag,
                rs.getString("ref_name"),
                rs.getInt("uses"),
                rs.getString("skip_reason"),
                date(rs, "date_raw", "date_value", "date_precision"));
    }

    /** The columns {@link #read} needs, for a query over {@code cw_citation c}, {@code cw_document d}, {@code cw_link l}. */
    static final String COLUMNS = "c.*, d.name AS document_name, l.url AS link_url";

    private static CitationDate date(ResultSet rs, String prefix) throws SQLException {
        return date(rs, prefix + "_raw", prefix, prefix + "_precision");
    }

    private static CitationDate date(ResultSet rs, String rawColumn, String valueColumn, String precisionColumn)
            throws SQLException {
        String raw = rs.getString(rawColumn);
        if (raw == null) {
            return null;
        }
        LocalDate value = Sql.localDate(rs, valueColumn);
        String precision = rs.getString(precisionColumn);
        return new CitationDate(raw, value, CitationDate.Precision.valueOf(precision));
    }

    private static String raw(CitationDate date) {
        return date == null ? null : Sql.clip(date.raw(), 200);
    }

    private static java.sql.Date value(CitationDate date) {
        return date == null ? null : Sql.date(date.value());
    }

    private static String precision(CitationDate date) {
        return date == null ? null : date.precision().name();
    }

    static List<Object[]> batch(long documentId, List<Citation> citations, List<Long> linkIds) {
        java.util.ArrayList<Object[]> rows = new java.util.ArrayList<>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            rows.add(insertArgs(documentId, i, linkIds.get(i), citations.get(i)));
        }
        return rows;
    }
}
