package io.ledgerline.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV the exports write (RFC 4180: CRLF lines, quoted cells, doubled quotes), after an optional byte-order
 * mark. A bare LF ends a line too: text handed back by the browser driver has its CRLFs turned into LFs.
 */
public final class CsvText {

    private CsvText() {
    }

    /** The lines, each as its cells; the first is the header. */
    public static List<List<String>> rows(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
                i += c == '\r' ? 1 : 0;
            } else {
                cell.append(c);
            }
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }
}
