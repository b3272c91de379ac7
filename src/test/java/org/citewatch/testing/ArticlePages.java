package org.citewatch.testing;

import java.util.Random;

/**
 * HTML pages shaped like a news or encyclopedia article (a head of meta tags, styles and scripts, a
 * navigation, paragraphs), for the checker's tests and the whole-process benchmarks alike.
 */
public final class ArticlePages {

    private ArticlePages() {}

    /** An HTML page of about {@code size} characters shaped like a news or encyclopedia article. */
    public static String article(Random random, int size, String title) {
        StringBuilder html = new StringBuilder(size + 2_000);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append(" | Example News</title>\n");
        for (int i = 0; i < 12; i++) {
            html.append("<meta property=\"og:tag")
                    .append(i)
                    .append("\" content=\"")
                    .append(words(random, 8))
                    .append("\">\n");
        }
        html.append("<link rel=\"canonical\" href=\"https://example.org/")
                .append(title.replace(' ', '-'))
                .append("\">\n<style>");
        for (int i = 0; i < 40; i++) {
            html.append(".c").append(i).append("{margin:0 ").append(i).append("px;color:#333}");
        }
        html.append("</style>\n<script>window.dataLayer=window.dataLayer||[];");
        int scripts = size / 4;
        while (html.length() < scripts) {
            html.append("function f")
                    .append(html.length())
                    .append("(a,b){return a<b?a+b:\"")
                    .append(words(random, 3))
                    .append("\";}\n");
        }
        html.append("</script></head>\n<body><nav><ul>");
        for (int i = 0; i < 20; i++) {
            html.append("<li><a href=\"/section/")
                    .append(i)
                    .append("\">Section ")
                    .append(i)
                    .append("</a></li>");
        }
        html.append("</ul></nav>\n<main><article><h1>").append(title).append("</h1>\n");
        while (html.length() < size - 200) {
            html.append("<p>").append(words(random, 60)).append("</p>\n");
        }
        html.append("</article></main><footer>© Example News</footer></body></html>\n");
        return html.toString();
    }

    /** Words of a small vocabulary, one of them not ASCII. */
    public static String words(Random random, int count) {
        String[] vocabulary = {
            "the",
            "council",
            "report",
            "said",
            "river",
            "élection",
            "museum",
            "season",
            "record",
            "city",
            "policy",
            "archive",
            "minister",
            "study",
            "bridge",
            "festival",
            "data",
            "history",
            "team",
            "board"
        };
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return words.toString();
    }
}
