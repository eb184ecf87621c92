package org.callup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void userTextIsEscapedAndChartsAreInlined() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        Page page = new Page(
                "run",
                evil,
                evil,
                List.of(Page.Fact.of("Scenario", evil)),
                List.of(new Page.Section(
                        "s",
                        evil,
                        List.of(evil),
                        List.of(new Page.Table(
                                evil,
                                List.of(new Page.Column(evil, "num")),
                                List.of(new Page.Row(List.of(Page.Cell.of(evil)), "fail")),
                                evil)),
                        List.of(new Page.Figure(InlineSvg.of("<svg width='10' height='5'><rect/></svg>", "a-"), evil)),
                        evil)),
                List.of(evil));
        String html = HtmlReport.render(page, CLOCK);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
        assertTrue(html.contains("<svg viewBox='0 0 10 5'"), html);
        assertTrue(html.contains("2024-01-02 03:04 UTC"), html);
    }

    @Test
    void sourcesAreLinksAndTheRestStaysText() throws Exception {
        Page.Cell c = Page.Cell.linked(
                "Shoigu (seeds 000; https://example.org/a?b=1&c=2); see https://x.org/p_(2022). <b>", "source");
        assertEquals(
                List.of(
                        new Page.Part("Shoigu (seeds 000; ", ""),
                        new Page.Part("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
                        new Page.Part("); see ", ""),
                        new Page.Part("https://x.org/p_(2022", "https://x.org/p_(2022"),
                        new Page.Part("). <b>", "")),
                c.parts());
        assertEquals(
                List.of(new Page.Part("no address", "")),
                Page.Cell.linked("no address", "").parts());
        Page page = new Page(
                "run",
                "t",
                "",
                List.of(),
                List.of(new Page.Section(
                        "s",
                        "h",
                        List.of(),
                        List.of(new Page.Table(
                                "", List.of(new Page.Column("source", "")), List.of(new Page.Row(List.of(c), "")), "")),
                        List.of(),
                        "")),
                List.of());
        String html = HtmlReport.render(page, CLOCK);
        assertTrue(
                // The template escapes '=' too; a browser reads the address back unchanged.
                html.contains("Shoigu (seeds 000; <a href=\"https://example.org/a?b&#x3D;1&amp;c&#x3D;2\">"
                        + "https://example.org/a?b&#x3D;1&amp;c&#x3D;2</a>); see "),
                html);
        assertTrue(html.contains("). &lt;b&gt;</td>"), html);
    }

    @Test
    void inlineSvgDropsWhatRunsOrLoadsAndMakesIdsUnique() {
        String svg = "<?xml version='1.0'?><!DOCTYPE svg><svg xmlns='http://www.w3.org/2000/svg' width='100.0' "
                + "height='50.0'><defs><clipPath id='c0'><path d='M0,0'/></clipPath></defs>"
                + "<script>alert(1)</script><rect onclick='x()' clip-path='url(#c0)'/>"
                + "<image href='https://example.org/x.png'/><use href='#c0'/></svg>";
        String s = InlineSvg.of(svg, "f1-");
        assertTrue(s.startsWith("<svg"), s);
        assertFalse(s.contains("script"), s);
        assertFalse(s.contains("onclick"), s);
        assertFalse(s.contains("example.org"), s);
        assertTrue(s.contains("id='f1-c0'") && s.contains("url(#f1-c0)") && s.contains("href='#f1-c0'"), s);
        assertTrue(s.contains("viewBox='0 0 100.0 50.0'"), s);
        assertFalse(s.contains("width='100.0'"), s);
    }

    @Test
    void numbersReadAsATableWants() {
        assertEquals("123,333", Format.number(123333.3));
        assertEquals("24", Format.number(24.0));
        assertEquals("0.0287", Format.number(0.02871));
        assertEquals("n/a", Format.number("NA"));
        assertEquals("+12.5%", Format.percent(0.125));
    }

    @Test
    void aLibraryScenarioShowsWhatItExtendsAndChanges() {
        ScenarioLineage l = ScenarioLineage.of("no-exemptions", "library:no-exemptions", null);
        assertEquals(List.of("no-exemptions", "partial-mobilization-2022"), l.chain());
        assertFalse(l.settings().isEmpty(), "a counterfactual names what it changes");
        assertTrue(l.settings().stream().noneMatch(x -> x.contains("UTC")), "dates stay as written: " + l.settings());
        ScenarioLineage base =
                ScenarioLineage.of("partial-mobilization-2022", "library:partial-mobilization-2022", null);
        assertEquals(List.of("partial-mobilization-2022"), base.chain());
        assertEquals(List.of(), base.settings());
    }
}
