package org.callup.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.callup.results.BadInputException;

/** The kinds of folder a report can be made of, and which one a folder is. */
public final class FolderKinds {
    static final String MANIFEST_FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FolderKinds() {}

    /** Every kind, in the order they are tried. */
    public static List<FolderKind> all() {
        return List.of(new RunKind(), new SweepKind(), new CalibrationKind(), new CompareKind());
    }

    /** The kind that reads {@code folder}; bad input, naming the kinds, when there is none. */
    public static FolderKind of(Path folder) throws BadInputException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such folder");
        }
        Optional<String> format = manifestFormat(folder);
        for (FolderKind k : all()) {
            if (k.reads(folder, format)) {
                return k;
            }
        }
        throw new BadInputException(folder + " is not a folder callup can report on"
                + format.map(f -> " (its manifest's format is '" + f + "')").orElse("") + "; expected "
                + all().stream().map(FolderKind::description).collect(Collectors.joining(", ", "", "")));
    }

    /** The {@code format} of the folder's manifest.json, if it has one that can be read. */
    static Optional<String> manifestFormat(Path folder) {
        Path m = folder.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try {
            JsonNode format = JSON.readTree(m.toFile()).path("format");
            return format.isTextual() ? Optional.of(format.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
