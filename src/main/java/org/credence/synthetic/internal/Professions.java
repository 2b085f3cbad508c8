package org.credence.synthetic.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectImport;

/**
 * Professional registrations: which professions are common (teachers and medical staff far ahead), who issues each
 * licence, and licence numbers unique per profession (a running number per profession).
 */
final class Professions {

    private record Profession(String code, String prefix, String issuer, double weight) {}

    private static final Profession[] PROFESSIONS = {
        new Profession("TEACHER", "JS", "{city}教育局", 25),
        new Profession("MEDICAL_PERSONNEL", "YS", "{province}卫生健康委员会", 22),
        new Profession("ACCOUNTING_STAFF", "KJ", "{city}财政局", 12),
        new Profession("PUBLIC_SERVANT", "GW", "{city}人力资源和社会保障局", 8),
        new Profession("LAWYER", "LS", "{province}司法厅", 5),
        new Profession("INSURANCE_BROKER", "BX", "国家金融监督管理总局{province}监管局", 4),
        new Profession("PROJECT_MANAGER", "JZ", "{province}住房和城乡建设厅", 4),
        new Profession("CERTIFIED_ACCOUNTANT", "ZK", "{province}注册会计师协会", 3),
        new Profession("SECURITIES_STAFF", "ZQ", "中国证券业协会", 3),
        new Profession("RESEARCHER", "KY", "{province}科学技术厅", 3),
        new Profession("STATISTICIAN", "TJ", "{city}统计局", 2),
        new Profession("TOUR_GUIDE", "DY", "{province}文化和旅游厅", 2),
        new Profession("TAX_ADVISER", "SW", "中国注册税务师协会", 1),
        new Profession("AUDITOR", "SJ", "{province}审计厅", 1),
        new Profession("APPRAISER", "PG", "中国资产评估协会", 1),
        new Profession("CERTIFICATION_STAFF", "RZ", "中国认证认可协会", 1),
        new Profession("JOURNALIST", "XW", "国家新闻出版署", 1),
        new Profession("VETERINARIAN", "SY", "{province}农业农村厅", 1),
        new Profession("LISTED_COMPANY_MANAGER", "SS", "中国证券监督管理委员会{province}监管局", 0.5),
        new Profession("PATENT_AGENT", "ZL", "国家知识产权局", 0.5),
    };
    private static final WeightedChoice CHOICE = new WeightedChoice(
            Arrays.stream(PROFESSIONS).mapToDouble(Profession::weight).toArray());

    private final long[] issued = new long[PROFESSIONS.length];

    /** A registration of a person aged 22 or more on {@code reference}. */
    SubjectImport.Registration register(
            SplittableRandom random,
            ResidentIdentityNumber person,
            Regions.Region place,
            Regions.Region province,
            LocalDate reference) {
        int index = CHOICE.next(random);
        Profession profession = PROFESSIONS[index];
        LocalDate qualified = person.birthDate().plusYears(22);
        long span = Math.max(1, Math.min(reference.toEpochDay() - qualified.toEpochDay(), 30 * 365));
        LocalDate from = reference.minusDays(random.nextLong(span));
        LocalDate to = random.nextBoolean() ? null : from.plusYears(5);
        int roll = random.nextInt(100);
        RegistrationStatus status = roll < 94
                ? RegistrationStatus.ACTIVE
                : roll < 97 ? RegistrationStatus.SUSPENDED : RegistrationStatus.REVOKED;
        String licence = profession.prefix() + place.code() + from.getYear() + pad(++issued[index]);
        String issuer = profession.issuer().replace("{city}", place.name()).replace("{province}", province.name());
        return new SubjectImport.Registration(person, profession.code(), licence, issuer, from, to, status);
    }

    private static String pad(long number) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }
}
