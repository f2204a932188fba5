package com.certdesk.base;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What authors write (lesson Markdown, question text and feedback, GIFT's {@code [html]}) turned into HTML that is
 * safe to put into the application's page. The one owner of that rule: Markdown is rendered on the server with
 * CommonMark (tables included) and the result is cleaned with a jsoup allow-list, so no style element or
 * attribute (which restyled the whole application), no positioning, no forms or inputs (a fake sign-in box), no
 * scripts, event handlers or {@code javascript:} links, no frames and no classes or ids (which could borrow the
 * application's own styles) survive. Headings, lists, quotes, tables, code, emphasis and links stay; images only
 * from {@code https} addresses. Every link gets {@code rel="noopener noreferrer nofollow"}; links to other sites
 * open in a new tab.
 */
public final class AuthorMarkup {

    /** How a text is written. Certdesk stores Markdown (which may contain HTML); GIFT may also say [html] or plain. */
    public enum Format {
        MARKDOWN, HTML, PLAIN
    }

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    /** Relative links are resolved against this only to check them; they are kept relative. */
    private static final String CHECK_BASE = "https://certdesk.invalid/";
    private static final String LINK_REL = "noopener noreferrer nofollow";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "div",
                    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
                    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike",
                    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("ol", "start", "type")
            .addAttributes("th", "colspan", "rowspan", "align", "scope")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private AuthorMarkup() {
    }

    /** The safe HTML of {@code text} written in {@code format}. */
    public static String toSafeHtml(String text, Format format) {
        return switch (format) {
            case MARKDOWN -> clean(RENDERER.render(MARKDOWN.parse(text)));
            case HTML -> clean(text);
            case PLAIN -> clean(plainToHtml(text));
        };
    }

    /** Markdown (with any HTML inside it) as safe HTML. */
    public static String markdownToSafeHtml(String markdown) {
        return toSafeHtml(markdown, Format.MARKDOWN);
    }

    /** The text a reader sees, without any markup (for labels, titles, previews in a grid). */
    public static String toPlainText(String text, Format format) {
        return Jsoup.parseBodyFragment(toSafeHtml(text, format)).text();
    }

    private static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            link.attr("rel", LINK_REL);
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("target", "_blank");
            }
        }
        for (Element image : clean.select("img")) {
            if (!image.hasAttr("src")) {
                image.remove();
            } else {
                image.attr("loading", "lazy").attr("referrerpolicy", "no-referrer");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String plainToHtml(String plain) {
        var body = new StringBuilder();
        for (String paragraph : plain.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())
                        .replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return body.toString();
    }
}
