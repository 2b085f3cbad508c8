package org.credence.rating.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Standards for unit tests: reference data read from the seeded catalogue editions, and parsing that must succeed. */
final class TestStandards {

    static final ReferenceData REFERENCES = references();

    private TestStandards() {}

    static StandardDocument parse(String text) {
        return switch (new StandardParser(REFERENCES).parse(text)) {
            case StandardParser.Valid valid -> valid.document();
            case StandardParser.Invalid invalid -> throw new AssertionError("invalid: " + invalid.problems());
        };
    }

    static String resource(String path) {
        try (InputStream in = TestStandards.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReferenceData references() {
        Map<String, ReferenceData.TypeInfo> types = new HashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String edition : new String[] {"2021", "2026"}) {
            JsonNode root = json.readTree(resource("catalog/editions/" + edition + ".json"));
            for (JsonNode type : root.get("recordTypes")) {
                Set<Severity> severities = EnumSet.noneOf(Severity.class);
                JsonNode bySeverity = type.get("publicityBySeverity");
                if (bySeverity != null && bySeverity.isObject()) {
                    bySeverity.propertyNames().forEach(s -> severities.add(Severity.valueOf(s)));
                }
                types.put(
                        type.get("code").asString(),
                        new ReferenceData.TypeInfo(
                                Polarity.valueOf(type.get("polarity").asString()), severities));
            }
        }
        return new ReferenceData(
                types,
                Set.of(
                        "PUBLIC_SERVANT",
                        "LEGAL_REPRESENTATIVE",
                        "LAWYER",
                        "ACCOUNTING_STAFF",
                        "CERTIFIED_ACCOUNTANT",
                        "STATISTICIAN",
                        "TAX_ADVISER",
                        "AUDITOR",
                        "APPRAISER",
                        "CERTIFICATION_STAFF",
                        "SECURITIES_STAFF",
                        "LISTED_COMPANY_MANAGER",
                        "INSURANCE_BROKER",
                        "MEDICAL_PERSONNEL",
                        "TEACHER",
                        "RESEARCHER",
                        "PATENT_AGENT",
                        "PROJECT_MANAGER",
                        "JOURNALIST",
                        "TOUR_GUIDE",
                        "VETERINARIAN"));
    }
}
