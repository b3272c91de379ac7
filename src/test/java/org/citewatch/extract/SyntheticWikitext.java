package org.citewatch.extract;

import java.util.Random;

/**
 * Generates wikitext pages shaped like Chinese and English Wikipedia articles (infobox, prose with
 * wikilinks, refs with cite templates, named-ref reuse, dead-link tags, bracketed and bare links,
 * tables, comments), deterministically from a seed. For benchmarks.
 */
public final class SyntheticWikitext {

    private static final String[] ZH = {
        "核安全峰會是旨在防止核恐怖主義向全球各地擴散的世界首腦會議。",
        "美國總統在捷克布拉格的演講中提到要建立一個無核世界，",
        "第二次峰會在首爾舉行，會議關注於首次會議的協議進展情況，",
        "加強各國的國際合作，裁減核武及核武原料，擴大對核能設施的管控。",
        "由於北韓第二次核子試爆，韩国於2009年5月26日正式宣布加入该协议，"
    };
    private static final String[] EN = {
        "The initiative aims to stop trafficking of weapons of mass destruction. ",
        "Participating states commit to interdiction principles agreed in Paris in 2003. ",
        "Critics argued that the framework lacked a basis in international law. ",
        "A report by the Government Accountability Office called for clearer metrics. "
    };
    private static final String[] HOSTS = {
        "www.state.gov",
        "news.xinhuanet.com",
        "www.armscontrol.org",
        "www.iaea.org",
        "udn.com",
        "www.voanews.com",
        "www.mofa.go.kr",
        "www.nss2014.com",
        "例子.中国",
        "www.whitehouse.gov"
    };
    private static final String[] CITES = {"cite web", "cite news", "Cite journal", "引用网页", "引用新闻", "citation"};

    private final Random random;
    private int refCounter;

    public SyntheticWikitext(long seed) {
        this.random = new Random(seed);
    }

    /** A page of about {@code targetChars} characters. */
    public String page(int targetChars) {
        StringBuilder out = new StringBuilder(targetChars + 4096);
        infobox(out);
        int section = 0;
        while (out.length() < targetChars) {
            if (random.nextInt(12) == 0) {
                out.append("\n== 章節 ").append(++section).append(" ==\n");
            }
            switch (random.nextInt(10)) {
                case 0 -> table(out);
                case 1 -> out.append("<!-- 編者注：http://www.example.org/hidden 不計入 -->");
                case 2 -> externalLinks(out);
                default -> paragraph(out);
            }
            out.append("\n\n");
        }
        out.append("==參考資料==\n{{reflist}}\n\n[[Category:軍事學|Category:軍事學]]\n");
        return out.toString();
    }

    private void infobox(StringBuilder out) {
        out.append("{{Infobox Organization\n| name = 核安全峰會 <br />{{lang|en|Nuclear Security Summit}}\n")
                .append("| image = \n| abbreviation = NSS\n| formation = 2010年\n")
                .append("| purpose = 防止核恐怖主義擴散")
                .append(ref("2010NSS", bracketed()))
                .append("\n| website = ")
                .append(url())
                .append("\n}}\n\n");
    }

    private void paragraph(StringBuilder out) {
        int sentences = 3 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            out.append(random.nextBoolean() ? pick(ZH) : pick(EN));
            switch (random.nextInt(9)) {
                case 0 -> out.append("[[巴拉克·歐巴馬|巴拉克·歐巴馬]]");
                case 1 -> out.append(ref("n" + (++refCounter), citeTemplate()));
                case 2 -> out.append(ref(null, citeTemplate() + "{{Dead link|date=2018年6月 |bot=InternetArchiveBot }}"));
                case 3 -> out.append("<ref name=\"2010NSS\"/>");
                case 4 -> out.append(" ").append(url()).append(" ");
                case 5 -> out.append(ref(null, bracketed() + " from the Department of State"));
                case 6 -> out.append("{{le|核恐怖主義|Nuclear terrorism}}");
                default -> out.append("'''NSS'''");
            }
        }
    }

    private void table(StringBuilder out) {
        out.append("{| class=\"wikitable\"\n|-\n! 屆次 !! 日期 !! 主辦國\n");
        for (int i = 0; i < 4; i++) {
            out.append("|-\n| [[2010年核安全峰會|第").append(i + 1).append("次峰會]] || 2010年4月12日 || {{USA}}\n");
        }
        out.append("|}");
    }

    private void externalLinks(StringBuilder out) {
        out.append("==外部連結==\n");
        for (int i = 0; i < 3; i++) {
            out.append("*").append(bracketed());
            if (random.nextInt(3) == 0) {
                out.append(" {{webarchive|url=https://web.archive.org/web/20090530062757/")
                        .append(url())
                        .append("|date=2009-05-30}}");
            }
            out.append('\n');
        }
        out.append("*").append(citeTemplate());
    }

    private String citeTemplate() {
        String url = url();
        StringBuilder cite = new StringBuilder(256)
                .append("{{")
                .append(pick(CITES))
                .append(" |url=")
                .append(url)
                .append(" |title=")
                .append(pick(EN).strip())
                .append(" |publisher=[[美国之音|美国之音]]中文网 |date=2009-05-26");
        if (random.nextBoolean()) {
            cite.append(" |deadurl=yes |archiveurl=https://web.archive.org/web/20090530062757/")
                    .append(url)
                    .append(" |archivedate=2009年3月27日");
        } else {
            cite.append(" |access-date=30 May 2009");
        }
        return cite.append("}}").toString();
    }

    private String bracketed() {
        return "[" + url() + " " + pick(ZH).substring(0, 8) + "]";
    }

    private String ref(String name, String content) {
        return name == null ? "<ref>" + content + "</ref>" : "<ref name=\"" + name + "\">" + content + "</ref>";
    }

    private String url() {
        return "http://" + pick(HOSTS) + "/world/2009-05/" + random.nextInt(100_000) + "/content_"
                + random.nextInt(1000) + ".htm?menu=m_20&amp;page=" + random.nextInt(10);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
