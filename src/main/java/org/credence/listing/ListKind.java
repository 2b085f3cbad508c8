package org.credence.listing;

/** What being on a list means: punitive (black, key attention, market ban) or incentive (red). */
public enum ListKind {
    BLACK,
    RED,
    KEY_ATTENTION,
    MARKET_BAN;

    public boolean isIncentive() {
        return this == RED;
    }
}
