package org.citewatch.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.citewatch.check.Verdict;

/**
 * {@code junit.xml} in the Ant JUnit format that Jenkins and GitLab read: a testsuite per
 * document, a testcase per URL cited in it (named by the URL, so a CI's test history follows the
 * link even when lines move). DEAD is a failure whose message has the reason and the fix; UNKNOWN
 * is skipped, because it is not a verdict; ALIVE and SKIPPED pass. An ALIVE link the wikitext calls
 * dead ({@link ProblemKind#TAGGED_DEAD_ALIVE}) passes too, with both readings in its {@code system-out}.
 * An ALIVE link that shows the wrong page (issue 17) is a failure of its own type, {@code USURPED} or
 * {@code CONTENT_CHANGED}, so that a CI can tell it from link rot.
 */
final class JunitReportRenderer implements ReportRenderer {

    private static final DateTimeFormatter LOCAL_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            int id = 0;
            for (Map.Entry<String, List<CitationRow>> document :
                    model.byDocument().entrySet()) {
                writeSuite(xml, model.run(), id++, document.getKey(), byUrl(document.getValue()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<CitationRow>> byUrl(List<CitationRow> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(row -> row.link().url(), LinkedHashMap::new, Collectors.toList()));
    }

    private static void writeSuite(
            XMLStreamWriter xml, RunSummary run, int id, String document, Map<String, List<CitationRow>> cases)
            throws XMLStreamException {
        int failures = 0;
        int skipped = 0;
        for (List<CitationRow> rows : cases.values()) {
            Verdict verdict = rows.get(0).link().verdict();
            failures += verdict == Verdict.DEAD || drifted(rows).isPresent() ? 1 : 0;
            skipped += verdict == Verdict.UNKNOWN ? 1 : 0;
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", document);
        xml.writeAttribute("package", "citewatch");
        xml.writeAttribute("id", Integer.toString(id));
        // The schema wants a local date-time without zone; citewatch's times are UTC.
        xml.writeAttribute("timestamp", localTimestamp(run.startedAt()));
        xml.writeAttribute("hostname", "localhost");
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Integer.toString(skipped));
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", "citewatch.run");
        xml.writeAttribute("value", Long.toString(run.id()));
        xml.writeEndElement();
        for (List<CitationRow> rows : cases.values()) {
            writeCase(xml, document, rows);
        }
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-out");
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-err");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String document, List<CitationRow> rows)
            throws XMLStreamException {
        CitationRow first = rows.get(0);
        LinkReport link = first.link();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        attribute(xml, "name", first.citation().url());
        attribute(xml, "classname", document);
        xml.writeAttribute("time", "0");
        if (link.verdict() == Verdict.DEAD) {
            xml.writeStartElement("failure");
            attribute(xml, "type", link.reason().name());
            attribute(xml, "message", failureMessage(first));
            xml.writeCharacters(XmlText.clean(details(rows)));
            xml.writeEndElement();
        } else if (drifted(rows).isPresent()) {
            CitationRow row = drifted(rows).get();
            xml.writeStartElement("failure");
            attribute(xml, "type", row.kind().name());
            attribute(
                    xml,
                    "message",
                    "answers with the wrong page: " + row.kind().label()
                            + row.fix().map(fix -> "; fix: " + fix).orElse(""));
            xml.writeCharacters(XmlText.clean(ProblemText.readings(row).orElseThrow() + "\n" + details(rows)));
            xml.writeEndElement();
        } else if (link.verdict() == Verdict.UNKNOWN) {
            xml.writeStartElement("skipped");
            attribute(xml, "message", "unknown: " + link.reason().name() + " - " + ReasonText.of(link.reason()));
            xml.writeEndElement();
        }
        // An answering link the wikitext calls dead passes, but its readings are written where CIs show them.
        List<String> readings = rows.stream()
                .filter(row -> row.kind() == ProblemKind.TAGGED_DEAD_ALIVE)
                .map(row -> "Line " + row.citation().line() + ":"
                        + row.citation().column() + " " + row.kind().label() + ": "
                        + ProblemText.readings(row).orElseThrow())
                .toList();
        if (!readings.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(String.join("\n", readings)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The first citation of an ALIVE link that shows the wrong page (usurped first: rows come worst first). */
    private static java.util.Optional<CitationRow> drifted(List<CitationRow> rows) {
        return rows.stream()
                .filter(row -> row.link().verdict() == Verdict.ALIVE)
                .filter(row -> row.kind() == ProblemKind.USURPED || row.kind() == ProblemKind.CONTENT_CHANGED)
                .findFirst();
    }

    private static String failureMessage(CitationRow row) {
        LinkReport link = row.link();
        StringBuilder message = new StringBuilder("dead: ").append(link.reason().name());
        if (link.httpStatus() != null) {
            message.append(" (HTTP ").append(link.httpStatus()).append(')');
        }
        message.append(" - ").append(row.kind().label());
        row.fix().ifPresent(fix -> message.append("; fix: ").append(fix));
        return message.toString();
    }

    private static String details(List<CitationRow> rows) {
        LinkReport link = rows.get(0).link();
        List<String> lines = new ArrayList<>();
        lines.add(ReasonText.of(link.reason()));
        lines.add("URL: " + link.url());
        if (link.finalUrl() != null && !link.finalUrl().equals(link.url())) {
            lines.add("Final URL: " + link.finalUrl());
        }
        if (link.evidence() != null) {
            lines.add("Evidence: " + link.evidence());
        }
        for (CitationRow row : rows) {
            String where =
                    "Line " + row.citation().line() + ":" + row.citation().column();
            lines.add(where + " " + row.kind().label()
                    + row.fix().map(fix -> "; fix: " + fix).orElse(""));
        }
        return String.join("\n", lines);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
    }

    static String localTimestamp(Instant instant) {
        return LOCAL_SECONDS.format(instant);
    }
}
