package org.credence.record.internal;

import org.credence.catalog.PublicityRule;
import org.credence.record.PublicityDates;
import org.credence.record.RecordFiling;

/** A filing with what the store derives from it: its content, the content hash and its publicity dates. */
record PreparedFiling(RecordFiling filing, RecordContent content, String hash, PublicityDates publicity) {

    static PreparedFiling of(RecordFiling filing) {
        RecordContent content = RecordContent.of(filing);
        PublicityRule rule = filing.type()
                .publicity(filing.severity())
                .orElseThrow(() -> new IllegalArgumentException(
                        "record type " + filing.type().code() + " does not allow severity " + filing.severity()));
        return new PreparedFiling(
                filing,
                content,
                content.hash(),
                PublicitySchedule.of(rule, filing.decisionDate(), filing.effectiveTo()));
    }

    String key() {
        return filing.providerCode() + '\u001f' + filing.sourceReference();
    }

    long line() {
        return filing.line();
    }
}
