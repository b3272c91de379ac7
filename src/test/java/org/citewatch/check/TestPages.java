package org.citewatch.check;

/** HTML pages for the sampler's tests whose sample depends on their end (articles come from {@code ArticlePages}). */
final class TestPages {

    private static final String LONG = "Plenty of words in a paragraph that fill the text sample early on. ";

    /** A paragraph between the text and what follows: a parser inserts one element before it completes the last. */
    private static final String MORE = "<p>More text.</p>";

    /**
     * Name and page; each page has more text before its interesting part than a small text limit
     * keeps, so a streaming look that stopped too early would read it differently.
     */
    static final String[][] TRICKY = {
        {"h1 after the text", "<html><body><p>" + LONG + "</p><h1>Late heading</h1></body></html>"},
        {"h1 left open at the end", "<body><p>" + LONG + "</p><h1>Late and open"},
        {"h2 first, h1 after the text", "<body><h2>Section</h2><p>" + LONG + "</p><h1>Main</h1></body>"},
        {"h2 sections and no h1", "<body><h2>One</h2><p>" + LONG + "</p><h2>Two</h2><p>" + LONG + "</p></body>"},
        {"h1 inside an h1", "<body><h1>Outer <div><h1>Inner</h1></div> end</h1><p>" + LONG + "</p></body>"},
        {"script between text", "<body><p>" + LONG + "a<script>var s = '<h1>';</script>b " + LONG + "</p></body>"},
        {
            "parking frame at the end",
            "<body><p>" + LONG + "</p>" + MORE + "<iframe src=\"//sedo.example/x\"></iframe></body>"
        },
        {"script in body at the end", "<body><p>" + LONG + "</p><SCRIPT SRC=\"/tail.js\"></SCRIPT></body>"},
        {"frameset", "<html><head><title>Frames</title></head><frameset><frame src=a.html><frame src=b.html></frameset>"
        },
        {"svg title in the body", "<head><title>Real</title></head><body><svg><title>Icon</title></svg><p>" + LONG},
        {"title after the text", "<body><p>" + LONG + "</p>" + MORE + "<title>Late title</title></body>"},
        {"tags in a comment", "<body><!-- <h1>not a heading</h1> <script src=x.js></script> --><p>" + LONG + "</p>"},
        {"stray text in a table", "<body><table><tr><td>" + LONG + "</td></tr>stray words<tr><td>c</td></tr></table>"},
        {"misnested formatting", "<body><p><b>bold <i>both " + LONG + "</b> italic</i></p><p>" + LONG + "</p>"},
        {"no html, head or body tags", "<title>Bare</title>" + LONG + "<h1>Bare heading</h1>" + LONG},
        {
            "two canonical links, one in the body",
            "<head><link rel=canonical href=/first></head><body><p>" + LONG + "</p>" + MORE
                    + "<link rel=canonical href=/second></body>"
        },
        {"canonical in the body only", "<body><p>" + LONG + "</p>" + MORE + "<link rel=canonical href=/late></body>"},
        {
            "base after the text",
            "<head><link rel=canonical href=y></head><body><p>" + LONG + "</p>" + MORE
                    + "<base href=https://b.example/x/></body>"
        },
        {
            "base before a relative canonical",
            "<head><base href=https://b.example/x/><link rel=canonical href=y>" + "</head><body>" + LONG + "</body>"
        },
        {"text right in the body", "<body>" + LONG + LONG + "<br>" + LONG + "<h1>After</h1></body>"},
        {"style and noscript in the body", "<body><style>p{}</style><noscript>" + LONG + "</noscript><p>" + LONG},
        {"pre and line breaks", "<body><pre>  line one\n  line two  </pre>" + LONG + "<br><br>" + LONG + "</body>"},
        {"template", "<body><template><h1>In a template</h1></template><p>" + LONG + "</p></body>"},
        {"upper-case heading tags", "<BODY><P>" + LONG + "</P><H1 CLASS=x>Shouted</H1></BODY>"},
        {
            "xml declaration",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><p>" + LONG + "</p></body></html>"
        },
        {"heading split by a table", "<body><h1>Before<table><tr><td>cell " + LONG + "</td></tr></table></h1>"},
        {"select and form", "<body><form><select><option>" + LONG + "<h1>odd</h1></select></form><p>" + LONG},
    };

    private TestPages() {}
}
