package org.credence.rating.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rating's reasons, stored in one column of the rating's own row: {@code CODE:points:id,id;CODE::id}, best reason
 * first, points in hundredths (empty when the reason carries none), then the records that caused it (as many as fit in
 * 240 characters). A full re-rating thus writes one row per rating instead of up to five. A standard names its reasons
 * by codes of letters, digits, {@code _} and {@code -} ({@code DocumentReader}), so the separators never occur inside a
 * field.
 */
final class ReasonColumn {

    /** The longest column: four reasons of a 60-character code, a points figure and 240 characters of ids. */
    static final int MAX_LENGTH = 1300;

    private static final int MAX_RECORD_IDS = 240;

    private ReasonColumn() {}

    static @Nullable String encode(List<Evaluation.ReasonLine> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(32 * reasons.size());
        encode(reasons, text);
        return text.toString();
    }

    /**
     * Appends the column's text to {@code text} (nothing for no reasons, which is a null column): the bulk path
     * writes it from one builder for all its rows. The text is ASCII: codes of letters, digits, {@code _} and
     * {@code -}, numbers and separators.
     */
    static void encode(List<Evaluation.ReasonLine> reasons, StringBuilder text) {
        int start = text.length();
        for (Evaluation.ReasonLine line : reasons) {
            if (text.length() > start) {
                text.append(';');
            }
            text.append(line.code()).append(':');
            if (line.points() != null) {
                text.append(line.points().longValue());
            }
            text.append(':');
            int ids = text.length();
            for (Long id : line.recordIds()) {
                if (text.length() - ids + 21 > MAX_RECORD_IDS) {
                    break;
                }
                if (text.length() > ids) {
                    text.append(',');
                }
                text.append(id.longValue());
            }
        }
    }

    static List<Evaluation.ReasonLine> decode(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Evaluation.ReasonLine> lines = new ArrayList<>(4);
        for (String reason : text.split(";")) {
            int first = reason.indexOf(':');
            int second = reason.indexOf(':', first + 1);
            if (first <= 0 || second < 0) {
                throw new IllegalStateException("malformed stored reason '" + reason + "'");
            }
            String points = reason.substring(first + 1, second);
            String ids = reason.substring(second + 1);
            List<Long> recordIds = new ArrayList<>();
            if (!ids.isEmpty()) {
                for (String id : ids.split(",")) {
                    recordIds.add(Long.parseLong(id));
                }
            }
            lines.add(new Evaluation.ReasonLine(
                    reason.substring(0, first), points.isEmpty() ? null : Long.parseLong(points), recordIds));
        }
        return lines;
    }
}
