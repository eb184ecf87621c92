package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * callup report as a reader meets it: the page that run writes by default, self-contained, and as a real browser
 * draws it. The screenshot needs Debian's Chromium at /usr/bin/chromium (CI installs it).
 */
class ReportCommandTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2400;
    /** A src or href that leaves the page: to another host, or to a file. */
    private static final Pattern OUTSIDE =
            Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']?\\s*(?:[a-z]+:|//)", Pattern.CASE_INSENSITIVE);

    /** A plain link to a web page, as the report writes a source's address. */
    private static final Pattern WEB_LINK = Pattern.compile("<a href=\"https?://[^\"<>]*\">");

    @TempDir
    static Path dir;

    private static Path run;

    @BeforeAll
    static void runSmoke() {
        run = dir.resolve("run");
        Cli.Result r = Cli.run("run", "smoke", "--replications", "2", "--out", run.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Report: "), "run names its report: " + r);
    }

    private static String page(Path folder) throws IOException {
        return Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void runWritesASelfContainedReport() throws IOException {
        String html = page(run);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 100));
        for (String part : List.of(
                "What was run",
                "smoke",
                "partial-mobilization-2022",
                "Headline numbers",
                "95% interval",
                "Mobilized",
                "Office attacks",
                "Station summonses",
                "Validation against the reported record",
                "What these numbers are not",
                "not a forecast",
                "run-to-run noise",
                "<svg",
                "@media print")) {
            assertTrue(html.contains(part), "the report has " + part);
        }
        assertEquals(4, count(html, "<svg"), "the four charts of a run, inline");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no JavaScript");
        assertEquals(List.of(), outsideReferences(html), "nothing to fetch");
    }

    @Test
    void reportVerbRewritesThePageAndRefusesOtherFolders() throws IOException {
        Files.delete(run.resolve("report.html"));
        Cli.Result r = Cli.run("report", run.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(run.resolve("report.html")));
        Path other = Files.createDirectories(dir.resolve("not-a-run"));
        Cli.Result bad = Cli.run("report", other.toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("is not a folder callup can report on"), bad.toString());
        assertEquals(1, bad.err().strip().lines().count(), bad.toString());
    }

    @Test
    void chromiumDrawsThePage() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "no /usr/bin/chromium on this machine (apt-get install chromium); " + "CI installs it");
        Path png = dir.resolve("report.png");
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Process p = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--window-size=" + WIDTH + "," + HEIGHT,
                        "--screenshot=" + png,
                        run.resolve("report.html").toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finishes within two minutes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        double share = inked / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
        assertTrue(colours.size() > 50, "text and charts in many colours, not a blank page: " + colours.size());
        assertTrue(share > 0.02 && share < 0.9, "some of the page is drawn on, not all: " + share);
    }

    @Test
    void sweepAndCalibrationWriteTheirReports() throws IOException {
        Path sweepFile = Files.writeString(dir.resolve("tiny.yaml"), """
                name: tiny
                scenario: smoke
                seed: 3
                replications: 2
                design: {type: sobol, points: 4, bootstrap: 100}
                parameters:
                  - {name: raid, path: recruiters.channels.raid.intensity, range: {min: 0, max: 2}}
                  - {name: legitimacy, path: protest.legitimacy, range: {min: 0.2, max: 0.9}}
                outputs:
                  - {name: emigrants, metric: emigrants, scope: all, statistic: sum}
                  - {name: mobilized, metric: mobilized, scope: all, statistic: sum}
                """);
        Path sweep = dir.resolve("sweep");
        Cli.Result s = Cli.run("sweep", sweepFile.toString(), "--out", sweep.toString(), "--threads", "2");
        assertEquals(0, s.code(), s.toString());
        assertTrue(s.out().contains("Report: "), s.toString());
        String sweepPage = page(sweep);
        for (String part : List.of(
                "Design",
                "recruiters.channels.raid.intensity",
                "Sensitivity",
                "first order",
                "total order",
                "What these numbers are not")) {
            assertTrue(sweepPage.contains(part), "the sweep report has " + part);
        }
        assertEquals(2, count(sweepPage, "<svg"), "one sensitivity chart per output");
        assertEquals(List.of(), outsideReferences(sweepPage));

        Path cal = dir.resolve("cal");
        Cli.Result c = Cli.run(CalibrateCommandTest.small(cal, 6, 2));
        assertTrue(c.code() == 0 || c.code() == 1, c.toString());
        assertTrue(c.out().contains("Report: "), c.toString());
        String calPage = page(cal);
        for (String part : List.of(
                "Fitted parameters",
                "protest.policePer1000Residents",
                "Fit to the targets",
                "arrests_day_one",
                "OVD-Info",
                "Convergence",
                "Setup")) {
            assertTrue(calPage.contains(part), "the calibration report has " + part);
        }
        assertEquals(2, count(calPage, "<svg"), "the fit chart and the convergence trace");
        assertEquals(List.of(), outsideReferences(calPage));
        assertFalse(Files.exists(dir.resolve("nr/report.html")));
        assertEquals(
                0,
                Cli.run(
                                "run",
                                "smoke",
                                "--no-report",
                                "-q",
                                "--out",
                                dir.resolve("nr").toString())
                        .code());
        assertFalse(Files.exists(dir.resolve("nr/report.html")), "--no-report writes none");
    }

    @Test
    void compareWritesItsReport() throws IOException {
        Path alternative = Files.writeString(dir.resolve("smoke-legitimate.yaml"), """
                extends: smoke
                name: smoke-legitimate
                description: The smoke scenario with a more legitimate call-up.
                protest: {legitimacy: 0.9}
                """);
        Path cmp = dir.resolve("cmp");
        Cli.Result r = Cli.run(
                "compare",
                "smoke",
                alternative.toString(),
                "--replications",
                "2",
                "--threads",
                "2",
                "--out",
                cmp.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Report: "), r.toString());
        String html = page(cmp);
        for (String part : List.of(
                "callup comparison report",
                "smoke-legitimate against smoke",
                "Paired differences",
                "protest.legitimacy: 0.9",
                "mobilized:sum",
                "Validation of the baseline",
                "pair\u00d7")) {
            assertTrue(html.contains(part), "the comparison report has " + part);
        }
        assertTrue(count(html, "<svg") >= 2, "the difference and headline charts");
        assertEquals(List.of(), outsideReferences(html));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Every src or href that points out of the page (in-page anchors such as #caveats stay). A link a reader can
     * follow to a target's source on the web ({@code <a href="https://...">}) is fetched only when clicked, so
     * opening the page still needs no network; it is left out.
     */
    static List<String> outsideReferences(String html) {
        List<String> out = new ArrayList<>();
        String scanned = WEB_LINK.matcher(html).replaceAll("<a>");
        Matcher m = OUTSIDE.matcher(scanned);
        while (m.find()) {
            out.add(scanned.substring(m.start(), Math.min(scanned.length(), m.end() + 40)));
        }
        return out;
    }
}
