package org.credence.synthetic.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectImport;
import org.credence.subject.UnifiedSocialCreditCode;

/**
 * Generates a population from a seed: the same seed and sizes give the same subjects and links in the same order.
 * Persons follow the age pyramid and the population of places; organisations are spread evenly among them, each
 * with a legal representative drawn from the adults generated shortly before (so nothing is looked up or held), and
 * associations (social organisations) recruit members among later professionals and enterprises.
 */
final class PopulationGenerator {

    /** Birth dates and periods are relative to this fixed date, so that output does not change with the calendar. */
    static final LocalDate REFERENCE = LocalDate.of(2025, 12, 31);

    /** Five-year age bands from 0-4 to 90-95 (the last six years), weighted per mille (census 2020, rounded). */
    private static final double[] AGE_BANDS = {58, 64, 63, 55, 53, 65, 88, 70, 66, 81, 86, 72, 52, 50, 34, 22, 14, 7, 3
    };

    private static final String[] ORGANISATION_KINDS = {"91", "92", "93", "11", "12", "51", "52", "53"};
    private static final double[] ORGANISATION_WEIGHTS = {55, 33, 3, 1, 3, 3, 1.5, 0.5};
    private static final double REGISTRATION_SHARE = 0.067;

    private final Regions regions;
    private final long persons;
    private final int organisations;
    private final SplittableRandom random;
    private final PersonNumbers numbers;
    private final OrganisationCodes codes;
    private final Professions professions = new Professions();
    private final WeightedChoice ageBand = new WeightedChoice(AGE_BANDS);
    private final WeightedChoice organisationKind = new WeightedChoice(ORGANISATION_WEIGHTS);
    private final Ring<String> adults = new Ring<>(4096);
    private final Ring<UnifiedSocialCreditCode> associations = new Ring<>(256);
    private long roles;
    private long registrations;
    private long memberships;
    private int organisationsDone;

    PopulationGenerator(Regions regions, long persons, int organisations, long seed) {
        this.regions = regions;
        this.persons = persons;
        this.organisations = organisations;
        this.random = new SplittableRandom(seed);
        this.numbers = new PersonNumbers(regions.places().size());
        this.codes = new OrganisationCodes(seed);
    }

    /** Generates everything into the sink; {@code progress} hears the number of subjects generated so far. */
    Population generate(PopulationSink sink, LongConsumer progress) {
        for (long i = 0; i < persons; i++) {
            person(sink);
            while (organisationsDone < (i + 1) * organisations / persons) {
                organisation(sink);
            }
            if ((i & 4095) == 0) {
                progress.accept(i + 1 + organisationsDone);
            }
        }
        while (organisationsDone < organisations) {
            organisation(sink);
        }
        progress.accept(persons + organisations);
        return new Population(persons, organisations, roles, registrations, memberships);
    }

    private void person(PopulationSink sink) {
        boolean male = random.nextInt(1000) < 512;
        String number;
        int place;
        LocalDate birth;
        do {
            place = regions.nextPlace(random);
            int daysBack = daysBack();
            birth = REFERENCE.minusDays(daysBack);
            number = numbers.next(place, regions.place(place).code(), birth, daysBack, male);
        } while (number == null);
        sink.subject(new SubjectImport.Row(number, Names.person(random, male), null, null));
        if (!birth.plusYears(18).isAfter(REFERENCE)) {
            adults.add(number);
        }
        boolean workingAge =
                !birth.plusYears(22).isAfter(REFERENCE) && birth.plusYears(66).isAfter(REFERENCE);
        if (workingAge && random.nextDouble() < REGISTRATION_SHARE) {
            var person = new ResidentIdentityNumber(number);
            Regions.Region region = regions.place(place);
            sink.registration(professions.register(random, person, region, regions.provinceOf(region), REFERENCE));
            registrations++;
            if (!associations.isEmpty() && random.nextInt(100) < 40) {
                join(sink, person, REFERENCE.minusDays(random.nextInt(4 * 365)));
            }
        }
    }

    private int daysBack() {
        int band = ageBand.next(random);
        double years = band == AGE_BANDS.length - 1 ? 6 : 5;
        int from = (int) (band * 5 * 365.25);
        return Math.min(PersonNumbers.DAYS - 1, from + random.nextInt((int) (years * 365.25)));
    }

    private void organisation(PopulationSink sink) {
        String kind = ORGANISATION_KINDS[organisationKind.next(random)];
        Regions.Region place = regions.place(regions.nextPlace(random));
        UnifiedSocialCreditCode code = codes.code(kind, place.code(), organisationsDone++);
        int roll = random.nextInt(100);
        String status = roll < 90 ? "ACTIVE" : roll < 92 ? "SUSPENDED" : roll < 95 ? "REVOKED" : "DEREGISTERED";
        sink.subject(new SubjectImport.Row(code.value(), name(kind, place), null, status));
        LocalDate founded = REFERENCE.minusDays(random.nextInt(30 * 365));
        if (!adults.isEmpty()) {
            role(sink, code, RoleType.LEGAL_REPRESENTATIVE, founded);
            if (kind.equals("91")) {
                optionalRoles(sink, code, founded);
            }
        }
        if (kind.equals("51")) {
            associations.add(code);
        } else if (kind.equals("91") && !associations.isEmpty() && random.nextInt(100) < 8) {
            join(
                    sink,
                    code,
                    founded.isAfter(REFERENCE.minusYears(2)) ? founded : REFERENCE.minusDays(random.nextInt(730)));
        }
    }

    private void optionalRoles(PopulationSink sink, UnifiedSocialCreditCode code, LocalDate founded) {
        if (random.nextInt(100) < 25) {
            role(sink, code, RoleType.PRINCIPAL, founded);
        }
        if (random.nextInt(100) < 10) {
            role(sink, code, RoleType.ACTUAL_CONTROLLER, founded);
        }
        if (random.nextInt(100) < 5) {
            role(sink, code, RoleType.DIRECTLY_RESPONSIBLE, founded);
        }
    }

    private void role(PopulationSink sink, UnifiedSocialCreditCode code, RoleType type, LocalDate founded) {
        var person = new ResidentIdentityNumber(adults.pick(random));
        LocalDate adult = person.birthDate().plusYears(18);
        LocalDate from = founded.isAfter(adult) ? founded : adult;
        sink.role(new SubjectImport.Role(code, person, type, from, null));
        roles++;
    }

    private void join(PopulationSink sink, SubjectIdentifier member, LocalDate since) {
        LocalDate until = random.nextInt(10) == 0 ? since.plusYears(3) : null;
        sink.membership(new SubjectImport.Membership(member, associations.pick(random), since, until));
        memberships++;
    }

    private String name(String kind, Regions.Region place) {
        String city = place.shortName();
        return switch (kind) {
            case "91" -> Names.enterprise(random, city);
            case "92" -> Names.individualBusiness(random, city);
            case "93" -> Names.cooperative(random, city);
            case "11" -> Names.governmentOrgan(random, place.name());
            case "12" -> Names.publicInstitution(random, place.name());
            case "51" -> Names.association(random, place.name());
            case "52" -> Names.nonEnterprise(random, city);
            default -> Names.foundation(random, city);
        };
    }

    /** The last few items added, to draw from: bounded memory whatever the population size. */
    private static final class Ring<T> {

        private final Object[] items;
        private int size;
        private int next;

        Ring(int capacity) {
            items = new Object[capacity];
        }

        void add(T item) {
            items[next] = item;
            next = (next + 1) % items.length;
            size = Math.min(size + 1, items.length);
        }

        boolean isEmpty() {
            return size == 0;
        }

        @SuppressWarnings("unchecked")
        T pick(SplittableRandom random) {
            return (T) items[random.nextInt(size)];
        }
    }
}
