package org.credence.rating;

/** A text in Chinese and English, as standards give their titles, grade labels and reason texts. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both its Chinese and its English form");
        }
    }
}
