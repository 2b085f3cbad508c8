package org.credence.catalog;

/** One of the catalogue's categories (the 2021 edition has 11), numbered as the catalogue numbers them. */
public record Category(int number, String code, String nameZh, String nameEn) {

    public Category {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("a category number is 1 to 99, was " + number);
        }
    }
}
