package org.callup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The charts of a folder as figures of a page, in the order given, each with its ids made unique. */
final class Figures {
    private int count;

    /** Figures of the SVG files in {@code dir} whose names start with {@code prefix}, sorted by name. */
    List<Page.Figure> all(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".svg"))
                    .sorted()
                    .toList();
        }
        List<Page.Figure> out = new ArrayList<>();
        for (Path f : files) {
            out.add(of(f, ""));
        }
        return out;
    }

    /** The figure of one SVG file. */
    Page.Figure of(Path svg, String caption) throws IOException {
        count++;
        return new Page.Figure(InlineSvg.read(svg, "f" + count + "-"), caption);
    }
}
