package org.credence.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.UnifiedSocialCreditCode;

/**
 * Fresh valid identifiers for tests, unique within a JVM run, so that tests sharing one database never collide.
 * Sequences start from the nanosecond clock so that repeated runs against a kept PostgreSQL database differ as well.
 */
public final class TestIdentifiers {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestIdentifiers() {}

    /** A person born between 1950 and 2005 in Fuzhou's Gulou district. */
    public static ResidentIdentityNumber person() {
        long n = SEQUENCE.incrementAndGet();
        int days = (int) (n % 20_000);
        var birth = java.time.LocalDate.of(1950, 1, 1).plusDays(days);
        String first17 = String.format(
                Locale.ROOT,
                "350102%04d%02d%02d%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                (n / 20_000) % 1000);
        return new ResidentIdentityNumber(first17 + ResidentIdentityNumber.checkCharacter(first17));
    }

    /** An enterprise registered in Fuzhou. */
    public static UnifiedSocialCreditCode organisation() {
        return organisation("91");
    }

    /** An organisation with the given authority and type characters, for example {@code 51} for a social organisation. */
    public static UnifiedSocialCreditCode organisation(String authorityAndType) {
        String body = String.format(Locale.ROOT, "%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        String first17 = authorityAndType + "350100" + body + UnifiedSocialCreditCode.organisationCodeCheck(body);
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }
}
