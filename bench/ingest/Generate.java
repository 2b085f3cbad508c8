import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Bench fixture, not product code: a synthetic population and a realistic record file for bench/ingest/run.sh.
 *
 * <pre>
 * java Generate.java subjects COUNT subjects.csv           # an import file for import-subjects
 * java Generate.java records COUNT SUBJECTS PREFIX out.csv # records naming subjects 0..SUBJECTS-1
 * </pre>
 *
 * Subject i is a deterministic function of i, so the record file needs no lookup. About 70 % organisations, 30 %
 * persons; the organisation codes always hold a letter (an all-digit code is misread by the registry's parser today).
 */
public class Generate {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    static final int[] RIN_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String[] REGIONS = {"350102", "350103", "350104", "350105", "350111", "350112", "350121", "350122",
        "350123", "350124", "350125", "350128", "350181", "350203", "350205", "350206", "350211", "350212", "350302",
        "350402", "350502", "350503", "350602", "350702", "350802", "350902"};
    static final LocalDate BIRTH_FROM = LocalDate.of(1950, 1, 1);

    public static void main(String[] args) throws IOException {
        if (args[0].equals("subjects")) {
            subjects(Integer.parseInt(args[1]), Path.of(args[2]));
        } else {
            records(Long.parseLong(args[1]), Integer.parseInt(args[2]), args[3], Path.of(args[4]));
        }
    }

    static boolean isPerson(long i) {
        return i % 10 < 3;
    }

    static String identifier(long i) {
        String region = REGIONS[(int) (i % REGIONS.length)];
        long n = i / REGIONS.length;
        if (isPerson(i)) {
            LocalDate birth = BIRTH_FROM.plusDays(n % 20_000);
            String first17 = String.format(Locale.ROOT, "%s%04d%02d%02d%03d", region, birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth(), (n / 20_000) % 1000);
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                sum += (first17.charAt(k) - '0') * RIN_WEIGHTS[k];
            }
            return first17 + "10X98765432".charAt(sum % 11);
        }
        StringBuilder body = new StringBuilder().append("ABCDEFGH".charAt((int) (n % 8)));
        long rest = n / 8;
        for (int k = 0; k < 7; k++) {
            body.append(ALPHABET.charAt((int) (rest % 31)));
            rest /= 31;
        }
        int sum = 0;
        for (int k = 0; k < 8; k++) {
            char c = body.charAt(k);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[k];
        }
        int inner = 11 - sum % 11;
        String first17 = "91" + region + body + (inner == 10 ? 'X' : inner == 11 ? '0' : (char) ('0' + inner));
        int outer = 0;
        for (int k = 0; k < 17; k++) {
            outer += ALPHABET.indexOf(first17.charAt(k)) * USCC_WEIGHTS[k];
        }
        return first17 + ALPHABET.charAt((31 - outer % 31) % 31);
    }

    static void subjects(int count, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("identifier,name\n");
            for (long i = 0; i < count; i++) {
                String id = identifier(i);
                w.write(id + "," + (isPerson(i) ? "测试人员" + i : "测试企业" + i + "有限公司") + "\n");
            }
        }
    }

    /** Record types by subject kind, with weights that mimic what a provincial platform receives. */
    record Kind(String type, int weight, String severities, String basis, boolean payload) {}

    static final Kind[] ORGANISATION_KINDS = {
        new Kind("administrative-licence", 24, "", "《中华人民共和国行政许可法》第三十八条", false),
        new Kind("administrative-penalty", 20, "MMMGGGGGSS", "《中华人民共和国行政处罚法》第二十八条", true),
        new Kind("administrative-inspection", 8, "", "《市场监督管理行政执法程序规定》", false),
        new Kind("credit-commitment", 9, "", "《关于建立健全信用承诺制度的指导意见》", false),
        new Kind("abnormal-operations", 7, "G", "《企业经营异常名录管理暂行办法》第四条", false),
        new Kind("credit-evaluation-result", 6, "", "《纳税信用管理办法》第二十条", false),
        new Kind("tax-arrears", 5, "GGGS", "《中华人民共和国税收征收管理法》第四十五条", true),
        new Kind("court-enforcement", 4, "G", "《中华人民共和国民事诉讼法》第二百六十二条", true),
        new Kind("dishonest-judgment-debtor", 2, "S", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条", true),
        new Kind("commitment-breach", 2, "MGS", "《关于建立健全信用承诺制度的指导意见》", false),
        new Kind("contract-non-performance", 2, "GS", "《中华人民共和国民法典》第五百七十七条", true),
        new Kind("integrity-honour", 3, "", "《守信激励对象认定办法》", false),
        new Kind("serious-illegal-dishonesty", 1, "S", "《市场监督管理严重违法失信名单管理办法》第二条", false),
        new Kind("social-insurance-arrears", 2, "MGS", "《中华人民共和国社会保险法》第八十六条", true),
        new Kind("intellectual-property-infringement", 1, "GS", "《中华人民共和国专利法》第六十八条", true),
        new Kind("administrative-coercion", 2, "GS", "《中华人民共和国行政强制法》第九条", false),
        new Kind("voluntary-information", 2, "", "《公共信用信息管理办法》", false),
    };
    static final Kind[] PERSON_KINDS = {
        new Kind("qualification-obtained", 25, "", "《中华人民共和国律师法》第五条", false),
        new Kind("professional-title", 15, "", "《职称评审管理暂行规定》", false),
        new Kind("administrative-penalty", 15, "MMGGGGS", "《中华人民共和国治安管理处罚法》第二十三条", true),
        new Kind("court-enforcement", 10, "G", "《中华人民共和国民事诉讼法》第二百六十二条", true),
        new Kind("dishonest-judgment-debtor", 8, "S", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条", true),
        new Kind("consumption-restriction", 5, "S", "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》", false),
        new Kind("tax-arrears", 4, "GS", "《中华人民共和国税收征收管理法》第四十五条", true),
        new Kind("professional-misconduct-finding", 5, "MGS", "《律师执业管理办法》第五十条", false),
        new Kind("association-sanction", 4, "MGS", "《律师协会会员违规行为处分规则》第十四条", false),
        new Kind("integrity-honour", 9, "", "《守信激励对象认定办法》", false),
    };

    static Kind pick(Kind[] kinds, SplittableRandom random) {
        int total = 0;
        for (Kind k : kinds) {
            total += k.weight();
        }
        int r = random.nextInt(total);
        for (Kind k : kinds) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        return kinds[0];
    }

    static void records(long count, int subjects, String prefix, Path out) throws IOException {
        var random = new SplittableRandom(prefix.hashCode());
        LocalDate first = LocalDate.of(2022, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("identifier,recordType,severity,sourceReference,decisionNumber,legalBasis,decisionDate,"
                    + "effectiveFrom,effectiveTo,summary,payload\n");
            for (long j = 1; j <= count; j++) {
                long subject = random.nextInt(subjects);
                Kind kind = pick(isPerson(subject) ? PERSON_KINDS : ORGANISATION_KINDS, random);
                String severity = kind.severities().isEmpty() ? ""
                        : switch (kind.severities().charAt(random.nextInt(kind.severities().length()))) {
                            case 'M' -> "MINOR";
                            case 'G' -> "GENERAL";
                            default -> "SERIOUS";
                        };
                LocalDate decided = first.plusDays(random.nextInt(1765));
                boolean period = kind.type().contains("licence") || kind.type().contains("qualification")
                        || kind.type().contains("commitment") && severity.isEmpty();
                w.write(identifier(subject));
                w.write(',');
                w.write(kind.type());
                w.write(',');
                w.write(severity);
                w.write(',');
                w.write(prefix);
                w.write(Long.toString(j));
                w.write(",闽信〔" + decided.getYear() + "〕" + (j % 100_000) + "号,");
                w.write(kind.basis());
                w.write(',');
                w.write(decided.toString());
                w.write(',');
                w.write(period ? decided.toString() : "");
                w.write(',');
                w.write(period ? decided.plusYears(5).toString() : "");
                w.write(",测试记录：" + kind.type() + " 第" + j + "号，由省平台汇集,");
                if (kind.payload()) {
                    w.write("\"{\"\"amountYuan\"\":" + (500 + random.nextInt(500_000)) + "}\"");
                }
                w.write('\n');
            }
        }
    }
}
