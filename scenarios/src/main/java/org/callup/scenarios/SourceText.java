package org.callup.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.callup.scenarios.yaml.Origin;

/**
 * Reads the text of a scenario or data file defensively: the size is checked before anything is read, and the
 * bytes must be valid UTF-8 (a byte that is not is reported with its line, instead of becoming a replacement
 * character that would surface later as a confusing unknown key).
 */
final class SourceText {
    /** Largest file accepted. The shipped scenarios are a few kilobytes; 5 MB leaves room for long region lists. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private SourceText() {}

    static String readFile(Path file, Origin origin) throws ScenarioException {
        return readFile(file, origin, "scenario file");
    }

    /** The text of a file the user named; a FIFO, device or directory is refused, and nothing beyond the limit read. */
    static String readFile(Path file, Origin origin, String what) throws ScenarioException {
        try {
            return decode(UserFiles.read(file, MAX_BYTES, what), origin);
        } catch (UserFiles.Refused e) {
            throw fail(origin, e.getMessage());
        }
    }

    static String readResource(String resource, Origin origin) throws ScenarioException {
        try (InputStream in = SourceText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw fail(origin, "not found among the shipped files");
            }
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw fail(origin, "file is too large; at most " + MAX_BYTES + " bytes");
            }
            return decode(bytes, origin);
        } catch (IOException e) {
            throw fail(origin, "cannot be read: " + e.getMessage());
        }
    }

    /** Strict UTF-8 decoding; a leading byte-order mark is dropped. */
    static String decode(byte[] bytes, Origin origin) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            throw new ScenarioException(new Problem(
                    origin.label(),
                    "",
                    lineAt(bytes, offset),
                    0,
                    "the file is not valid UTF-8 text (bad byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
                            + " at byte " + offset + "); save it as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static ScenarioException fail(Origin origin, String message) {
        return new ScenarioException(new Problem(origin.label(), "", 0, 0, message));
    }
}
