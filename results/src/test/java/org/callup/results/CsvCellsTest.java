package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text a user wrote never becomes a formula when a CSV file is opened in a spreadsheet. */
class CsvCellsTest {
    @TempDir
    Path dir;

    @Test
    void cellsThatWouldBeFormulasAreQuotedAndNumbersAreNot() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvValues.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", CsvValues.text("+cmd"));
        assertEquals("'-2+3", CsvValues.text("-2+3"));
        assertEquals("'@SUM(A1)", CsvValues.text("@SUM(A1)"));
        assertEquals("-3", CsvValues.text("-3"));
        assertEquals("+1.5e3", CsvValues.text("+1.5e3"));
        assertEquals("quota 300000", CsvValues.text("quota 300000"));
        assertEquals("=x", CsvValues.fromText(CsvValues.text("=x")));
    }

    @Test
    void eventNotesAreWrittenAsTextAndReadBackAsWritten() throws Exception {
        Path f = dir.resolve("events.csv");
        String note = "=HYPERLINK(\"http://example.org\",\"click\")";
        EventsCsv.write(f, List.of(List.of(new RecordedEvent(0, LocalDate.of(2022, 9, 21), note))));
        String text = Files.readString(f);
        assertTrue(text.contains("\"'=HYPERLINK("), text);
        assertEquals(note, EventsCsv.readFirstReplication(f).get(0).label());
    }
}
