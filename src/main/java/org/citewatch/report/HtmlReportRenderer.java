package org.citewatch.report;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html} and its document pages, for editors. The index holds the run's counts,
 * problems and the list of documents (searchable by name and cited URL); each document has its own
 * page in {@code report/} with its citations, filters, search and sorting. A run of any size opens
 * quickly: no page holds more than one document's rows.
 *
 * <p>The pages are jte templates ({@code src/main/jte}) compiled to Java at build time: each value
 * is escaped for its context (element text, attribute), only http(s) URLs become links, and nothing is
 * compiled or loaded at start-up. Every page is self-contained (inline CSS, JS and SVG; it works
 * offline and from a CI artifact) and carries a strict Content-Security-Policy that allows nothing but
 * its one style sheet and one script, by their SHA-256 hashes: even if some value escaped the
 * escaping, the browser would not run it.
 */
final class HtmlReportRenderer implements ReportRenderer {

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        Map<String, List<CitationRow>> documents = model.byDocument();
        DocumentPages pages = DocumentPages.of(documents.keySet());
        List<DocumentEntry> entries = new ArrayList<>(documents.size());
        documents.forEach((name, rows) -> entries.add(DocumentEntry.of(name, pages, rows)));
        IndexView view = new IndexView(
                HtmlAssets.get(),
                model.run(),
                model.countsByKind(),
                model.report().trend(),
                model.report().errors(),
                entries);
        write(out, html -> JteindexGenerated.render(html, null, view));
    }

    @Override
    public void renderBeside(ReportModel model, Path reportDir) throws IOException {
        Map<String, List<CitationRow>> documents = model.byDocument();
        DocumentPages pages = DocumentPages.of(documents.keySet());
        DiffLinks diffLinks = new DiffLinks(reportDir.resolve(DocumentPages.FOLDER));
        HtmlPagesFolder.replace(reportDir.resolve(DocumentPages.FOLDER), folder -> {
            for (Map.Entry<String, List<CitationRow>> document : documents.entrySet()) {
                String name = document.getKey();
                int count = DocumentPages.pageCount(document.getValue().size());
                List<String> hrefs = new ArrayList<>(count);
                for (int page = 0; page < count; page++) {
                    hrefs.add(pages.hrefFromPage(name, page));
                }
                for (int page = 0; page < count; page++) {
                    DocumentView view = new DocumentView(
                            HtmlAssets.get(),
                            model.run(),
                            name,
                            "../" + fileName(),
                            document.getValue(),
                            page,
                            hrefs,
                            diffLinks);
                    HtmlPagesFolder.writeFile(
                            folder.resolve(pages.fileName(name, page)),
                            out -> write(out, html -> JtedocumentGenerated.render(html, null, view)));
                }
            }
        });
    }

    /** Renders one template as UTF-8 through jte's context-aware HTML output. */
    static void write(OutputStream out, Template template) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        template.render(new OwaspHtmlTemplateOutput(new WriterOutput(writer)));
        writer.flush();
    }

    @FunctionalInterface
    interface Template {
        void render(OwaspHtmlTemplateOutput html);
    }
}
