package org.callup.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.callup.results.BadInputException;
import org.callup.results.CallupVersion;

/**
 * Writes {@code report.html} into a run, sweep or calibration folder: one self-contained page, its style and charts
 * inline, with no script and nothing to fetch, so that it opens offline and prints as it shows. The page is laid out
 * by a Mustache template that escapes all text (scenario names and event labels are user text); only the charts,
 * made safe by {@link InlineSvg}, and the style sheet are inserted as markup.
 */
public final class HtmlReport {
    /** The file a report is written to, in the folder it reports on. */
    public static final String FILE = "report.html";

    private static final String TEMPLATE = "report.mustache";
    private static final String STYLE = "report.css";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private HtmlReport() {}

    /** Writes the report of {@code folder} (any kind {@link FolderKinds} knows); returns the file written. */
    public static Path write(Path folder, Clock clock) throws BadInputException, IOException {
        FolderKind kind = FolderKinds.of(folder);
        String html = render(kind.page(folder), clock);
        Path file = folder.resolve(FILE);
        Path tmp = folder.resolve(
                "." + FILE + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("cannot write " + FILE + " into " + folder + ": permission denied");
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    /** The page as HTML. */
    static String render(Page page, Clock clock) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("style", resource(STYLE));
        context.put("generated", WHEN.format(clock.instant()));
        context.put("callup", CallupVersion.current().toString());
        return template().execute(context);
    }

    private static Template template() throws IOException {
        try (Reader r = new InputStreamReader(open(TEMPLATE), StandardCharsets.UTF_8)) {
            // Missing values fail rather than print as nothing, so that a renamed field cannot go unnoticed.
            return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(r);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = HtmlReport.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the report's " + name + " is missing from the build");
        }
        return in;
    }
}
