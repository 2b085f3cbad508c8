package org.credence.catalog.internal;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.catalog.Category;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Edition;
import org.credence.catalog.MatterType;
import org.credence.catalog.Polarity;
import org.credence.catalog.Provider;
import org.credence.catalog.ProviderKind;
import org.credence.catalog.PublicityRule;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.catalog.SubjectScope;
import org.credence.catalog.SupervisionArea;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the catalogue tables. Editions are inserted whole and never updated. */
@Repository
class CatalogueStore {

    private static final String UNGRADED = "NONE";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM catalog_revision WHERE singleton = 1")
                .query(Long.class)
                .single();
    }

    void bumpRevision() {
        jdbc.sql("UPDATE catalog_revision SET revision = revision + 1 WHERE singleton = 1")
                .update();
    }

    List<Edition> editions() {
        Map<String, List<Category>> categories = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_category ORDER BY edition_code, category_number")
                .query(rs -> {
                    categories
                            .computeIfAbsent(rs.getString("edition_code"), k -> new ArrayList<>())
                            .add(new Category(
                                    rs.getInt("category_number"),
                                    rs.getString("code"),
                                    rs.getString("name_zh"),
                                    rs.getString("name_en")));
                });
        Map<String, List<RecordType>> types = recordTypes();
        return jdbc.sql("SELECT * FROM catalog_edition ORDER BY effective_from")
                .query((rs, n) -> {
                    String code = rs.getString("edition_code");
                    return new Edition(
                            code,
                            rs.getString("title"),
                            rs.getDate("effective_from").toLocalDate(),
                            rs.getString("based_on"),
                            categories.getOrDefault(code, List.of()),
                            types.getOrDefault(code, List.of()));
                })
                .list();
    }

    private Map<String, List<RecordType>> recordTypes() {
        Map<String, Map<String, PublicityRule>> rules = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_publicity_rule").query(rs -> {
            Integer min = (Integer) rs.getObject("min_months");
            Integer max = (Integer) rs.getObject("max_months");
            rules.computeIfAbsent(rs.getString("edition_code") + "/" + rs.getString("type_code"), k -> new HashMap<>())
                    .put(
                            rs.getString("severity"),
                            new PublicityRule(PublicityRule.Mode.valueOf(rs.getString("mode")), min, max));
        });
        Map<String, List<RecordType>> types = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM catalog_record_type ORDER BY edition_code, category_number, type_code")
                .query(rs -> {
                    String edition = rs.getString("edition_code");
                    String code = rs.getString("type_code");
                    Map<String, PublicityRule> typeRules = rules.getOrDefault(edition + "/" + code, Map.of());
                    Map<Severity, PublicityRule> bySeverity = new EnumMap<>(Severity.class);
                    typeRules.forEach((severity, rule) -> {
                        if (!severity.equals(UNGRADED)) {
                            bySeverity.put(Severity.valueOf(severity), rule);
                        }
                    });
                    Set<SubjectScope> scopes = new HashSet<>();
                    if (rs.getBoolean("for_persons")) {
                        scopes.add(SubjectScope.PERSON);
                    }
                    if (rs.getBoolean("for_organisations")) {
                        scopes.add(SubjectScope.ORGANISATION);
                    }
                    types.computeIfAbsent(edition, k -> new ArrayList<>())
                            .add(new RecordType(
                                    code,
                                    rs.getString("name_zh"),
                                    rs.getString("name_en"),
                                    rs.getInt("category_number"),
                                    Polarity.valueOf(rs.getString("polarity")),
                                    scopes,
                                    rs.getBoolean("legal_basis_required"),
                                    DisclosureMode.valueOf(rs.getString("disclosure")),
                                    bySeverity,
                                    typeRules.get(UNGRADED),
                                    rs.getInt("retention_months"),
                                    rs.getBoolean("repairable")));
                });
        return types;
    }

    boolean editionExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_edition WHERE edition_code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(Edition edition, String source, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO catalog_edition (edition_code, title, effective_from, based_on, source, created_at)
                VALUES (:code, :title, :effective, :basedOn, :source, :now)
                """)
                .param("code", edition.code())
                .param("title", edition.title())
                .param("effective", Date.valueOf(edition.effectiveFrom()))
                .param("basedOn", edition.basedOn())
                .param("source", source)
                .param("now", now)
                .update();
        for (Category category : edition.categories()) {
            jdbc.sql("""
                    INSERT INTO catalog_category (edition_code, category_number, code, name_zh, name_en)
                    VALUES (:edition, :number, :code, :zh, :en)
                    """)
                    .param("edition", edition.code())
                    .param("number", category.number())
                    .param("code", category.code())
                    .param("zh", category.nameZh())
                    .param("en", category.nameEn())
                    .update();
        }
        edition.recordTypes().forEach(type -> insert(edition.code(), type));
    }

    private void insert(String edition, RecordType type) {
        jdbc.sql("""
                INSERT INTO catalog_record_type (edition_code, type_code, name_zh, name_en, category_number, polarity,
                    for_persons, for_organisations, legal_basis_required, disclosure, retention_months, repairable)
                VALUES (:edition, :code, :zh, :en, :category, :polarity, :persons, :organisations, :legalBasis,
                    :disclosure, :retention, :repairable)
                """)
                .param("edition", edition)
                .param("code", type.code())
                .param("zh", type.nameZh())
                .param("en", type.nameEn())
                .param("category", type.category())
                .param("polarity", type.polarity().name())
                .param("persons", type.appliesTo(SubjectScope.PERSON))
                .param("organisations", type.appliesTo(SubjectScope.ORGANISATION))
                .param("legalBasis", type.legalBasisRequired())
                .param("disclosure", type.disclosure().name())
                .param("retention", type.retentionMonths())
                .param("repairable", type.repairable())
                .update();
        type.publicityBySeverity().forEach((severity, rule) -> insertRule(edition, type.code(), severity.name(), rule));
        if (type.ungradedPublicity() != null) {
            insertRule(edition, type.code(), UNGRADED, type.ungradedPublicity());
        }
    }

    private void insertRule(String edition, String type, String severity, PublicityRule rule) {
        jdbc.sql("""
                INSERT INTO catalog_publicity_rule (edition_code, type_code, severity, mode, min_months, max_months)
                VALUES (:edition, :type, :severity, :mode, :min, :max)
                """)
                .param("edition", edition)
                .param("type", type)
                .param("severity", severity)
                .param("mode", rule.mode().name())
                .param("min", rule.minMonths())
                .param("max", rule.maxMonths())
                .update();
    }

    List<Provider> providers() {
        Map<String, Set<String>> permitted = new HashMap<>();
        jdbc.sql("SELECT provider_code, type_code FROM catalog_provider_record_type")
                .query(rs -> {
                    permitted
                            .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("SELECT * FROM catalog_provider ORDER BY provider_code")
                .query((rs, n) -> new Provider(
                        rs.getString("provider_code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        ProviderKind.valueOf(rs.getString("kind")),
                        rs.getString("region_code"),
                        permitted.getOrDefault(rs.getString("provider_code"), Set.of())))
                .list();
    }

    /** Inserts the provider if new and any permission it lacks; returns whether anything changed. */
    boolean merge(Provider provider, OffsetDateTime now) {
        boolean changed = false;
        if (!exists("catalog_provider", "provider_code = :code", Map.of("code", provider.code()))) {
            jdbc.sql("""
                    INSERT INTO catalog_provider (provider_code, name_zh, name_en, kind, region_code, created_at)
                    VALUES (:code, :zh, :en, :kind, :region, :now)
                    """)
                    .param("code", provider.code())
                    .param("zh", provider.nameZh())
                    .param("en", provider.nameEn())
                    .param("kind", provider.kind().name())
                    .param("region", provider.regionCode())
                    .param("now", now)
                    .update();
            changed = true;
        }
        for (String type : provider.recordTypes()) {
            Map<String, Object> key = Map.of("code", provider.code(), "type", type);
            if (!exists("catalog_provider_record_type", "provider_code = :code AND type_code = :type", key)) {
                jdbc.sql("INSERT INTO catalog_provider_record_type (provider_code, type_code) VALUES (:code, :type)")
                        .params(key)
                        .update();
                changed = true;
            }
        }
        return changed;
    }

    List<MatterType> matterTypes() {
        return jdbc.sql("SELECT * FROM catalog_matter_type ORDER BY sort_order, matter_code")
                .query((rs, n) -> new MatterType(
                        rs.getString("matter_code"),
                        SupervisionArea.valueOf(rs.getString("area")),
                        rs.getString("name_zh"),
                        rs.getString("name_en")))
                .list();
    }

    boolean merge(MatterType matter, int sortOrder) {
        if (exists("catalog_matter_type", "matter_code = :code", Map.of("code", matter.code()))) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO catalog_matter_type (matter_code, area, name_zh, name_en, sort_order)
                VALUES (:code, :area, :zh, :en, :sort)
                """)
                .param("code", matter.code())
                .param("area", matter.area().name())
                .param("zh", matter.nameZh())
                .param("en", matter.nameEn())
                .param("sort", sortOrder)
                .update();
        return true;
    }

    private boolean exists(String table, String where, Map<String, ?> params) {
        @Nullable
        Integer count = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where)
                .params(params)
                .query(Integer.class)
                .single();
        return count != null && count > 0;
    }
}
