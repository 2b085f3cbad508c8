package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.credence.listing.EntryStatus;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exits as tables: early removal after its waiting period, extension within the limit, repair, record changes. */
class ExitPolicyTests {

    static String outcome(ExitPolicy.Decision decision) {
        return switch (decision) {
            case ExitPolicy.Allowed allowed -> "ALLOWED";
            case ExitPolicy.Ended ended -> "ENDED";
            case ExitPolicy.Refused refused -> refused.code();
        };
    }

    @ParameterizedTest(name = "{0} in force from {1}, today {2}: {3}")
    @CsvSource({
        "020-serious-illegal-dishonesty-v1.json, 2025-06-15, 2026-06-14, early-removal-too-soon",
        "020-serious-illegal-dishonesty-v1.json, 2025-06-15, 2026-06-15, ALLOWED", // 12 months in force
        "020-serious-illegal-dishonesty-v1.json, 2025-02-28, 2026-02-27, early-removal-too-soon",
        "020-serious-illegal-dishonesty-v1.json, 2024-02-29, 2025-02-28, ALLOWED", // a year from a leap day
        "010-dishonest-judgment-debtors-v1.json, 2026-06-15, 2026-06-15, ALLOWED", // on performance, any time
        "060-accounting-blacklist-v1.json, 2024-01-01, 2026-06-15, early-removal-not-allowed",
        "020-serious-illegal-dishonesty-v1.json, 2020-01-01, 2026-06-15, ENDED" // its term is over
    })
    void earlyRemovalOnlyAfterTheListsWaitingPeriod(String list, LocalDate from, LocalDate today, String outcome) {
        DefinitionDocument def = Definitions.seed(list);
        EntryRow entry = Definitions.entry(
                def, EntryStatus.ACTIVE, from, from, def.definition().defaultTermMonths());
        assertThat(outcome(ExitPolicy.removal(entry, def, today))).isEqualTo(outcome);
    }

    @Test
    void aPendingEntryCountsItsWaitingPeriodFromComingIntoForce() {
        DefinitionDocument def = Definitions.serious();
        EntryRow entry = Definitions.entry(
                def, EntryStatus.PENDING_NOTICE, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 11), 36);
        assertThat(outcome(ExitPolicy.removal(entry, def, LocalDate.of(2026, 6, 10))))
                .isEqualTo("early-removal-too-soon");
        assertThat(outcome(ExitPolicy.removal(entry, def, LocalDate.of(2026, 6, 11))))
                .isEqualTo("ALLOWED");
    }

    @ParameterizedTest(name = "{0}: term {1} + {2} months = {3}, ends {4}")
    @CsvSource({
        "010-dishonest-judgment-debtors-v1.json, 24, 12, ALLOWED, 2028-01-31",
        "010-dishonest-judgment-debtors-v1.json, 24, 36, ALLOWED, 2030-01-31", // the whole extension: 60 months
        "010-dishonest-judgment-debtors-v1.json, 24, 37, term-beyond-limit,",
        "010-dishonest-judgment-debtors-v1.json, 48, 12, ALLOWED, 2030-01-31",
        "010-dishonest-judgment-debtors-v1.json, 48, 13, term-beyond-limit,",
        "070-market-ban-v1.json, 60, 60, ALLOWED, 2035-01-31", // up to 10 years in all
        "070-market-ban-v1.json, 60, 61, term-beyond-limit,",
        "020-serious-illegal-dishonesty-v1.json, 36, 1, not-extendable,"
    })
    void anExtensionStaysWithinTheListsLimit(
            String list, int term, int months, String outcome, @Nullable LocalDate end) {
        DefinitionDocument def = Definitions.seed(list);
        LocalDate includedOn = LocalDate.of(2025, 1, 31);
        EntryRow entry = Definitions.entry(def, EntryStatus.ACTIVE, includedOn, includedOn, term);
        var decision = ExitPolicy.extension(entry, def, months, LocalDate.of(2026, 6, 15));
        assertThat(outcome(decision)).isEqualTo(outcome);
        if (decision instanceof ExitPolicy.Allowed allowed) {
            assertThat(allowed.termMonths()).isEqualTo(term + months);
            assertThat(allowed.termEnd()).isEqualTo(end);
        }
    }

    @Test
    void anUntimedEntryIsNotExtended() {
        DefinitionDocument def = Definitions.abnormal();
        EntryRow entry =
                Definitions.entry(def, EntryStatus.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null);
        assertThat(outcome(ExitPolicy.extension(entry, def, 6, LocalDate.of(2026, 6, 15))))
                .isEqualTo("not-extendable");
    }

    @ParameterizedTest(name = "{0} {1}: repair {2}, revocation {3}")
    @CsvSource({
        "020-serious-illegal-dishonesty-v1.json, ACTIVE, ALLOWED, ALLOWED",
        "020-serious-illegal-dishonesty-v1.json, PENDING_NOTICE, ALLOWED, ALLOWED",
        "020-serious-illegal-dishonesty-v1.json, REMOVED_EARLY, ENDED, ENDED",
        "020-serious-illegal-dishonesty-v1.json, REVOKED, ENDED, ENDED",
        "080-a-grade-taxpayers-v1.json, ACTIVE, not-repairable, ALLOWED",
        "090-advanced-certified-enterprises-v1.json, ACTIVE, not-repairable, ALLOWED"
    })
    void repairAndRevocation(String list, EntryStatus status, String repair, String revocation) {
        DefinitionDocument def = Definitions.seed(list);
        LocalDate day = LocalDate.of(2026, 6, 1);
        EntryRow entry =
                Definitions.entry(def, status, day, day, def.definition().defaultTermMonths());
        assertThat(outcome(ExitPolicy.repair(entry, def, day.plusDays(5)))).isEqualTo(repair);
        assertThat(outcome(ExitPolicy.revocation(entry, day.plusDays(5)))).isEqualTo(revocation);
    }

    @ParameterizedTest(name = "source record {0}, entry term {1}: {2}")
    @CsvSource({
        "REPAIRED, 36, REPAIRED",
        "REVOKED, 36, REVOKED",
        "EXPIRED, 36, ", // a termed entry keeps its own term
        "EXPIRED, , EXPIRED", // an untimed one (abnormal operations) ends with its record
        "UNDER_OBJECTION, 36, ",
        "CORRECTED, , ",
        "ACTIVE, 36, "
    })
    void anEntryFollowsItsSourceRecord(RecordStatus record, @Nullable Integer term, @Nullable EntryStatus to) {
        DefinitionDocument def = term == null ? Definitions.abnormal() : Definitions.serious();
        LocalDate day = LocalDate.of(2026, 6, 1);
        EntryRow entry = Definitions.entry(def, EntryStatus.ACTIVE, day, day, term);
        assertThat(ExitPolicy.followRecord(entry, record)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} included {1} (term {2}) on {3}: {4}, in force {5}")
    @CsvSource({
        "ACTIVE, 2023-06-15, 36, 2026-06-15, ACTIVE, true", // the term's last day
        "ACTIVE, 2023-06-15, 36, 2026-06-16, EXPIRED, false", // before the sweep ran
        "PENDING_NOTICE, 2026-06-01, 36, 2026-06-10, PENDING_NOTICE, false",
        "PENDING_NOTICE, 2026-06-01, 36, 2026-06-11, ACTIVE, true", // notice over, before the sweep ran
        "ACTIVE, 2026-06-01, , 2040-01-01, ACTIVE, true"
    })
    void statusAndForceGoByDateBeforeTheSweepRuns(
            EntryStatus stored,
            LocalDate includedOn,
            @Nullable Integer term,
            LocalDate on,
            EntryStatus status,
            boolean inForce) {
        DefinitionDocument def = term == null ? Definitions.abnormal() : Definitions.tourismBlacklist();
        LocalDate from = stored == EntryStatus.PENDING_NOTICE ? includedOn.plusDays(10) : includedOn;
        EntryRow entry = Definitions.entry(def, stored, includedOn, from, term);
        assertThat(entry.statusOn(on)).isEqualTo(status);
        assertThat(entry.inForceOn(on)).isEqualTo(inForce);
        assertThat(entry.asOf(on).inForceOn(on)).isEqualTo(inForce);
        if (status == EntryStatus.EXPIRED) {
            assertThat(entry.asOf(on).endedOn()).isEqualTo(LocalDate.of(2026, 6, 16));
        }
    }
}
