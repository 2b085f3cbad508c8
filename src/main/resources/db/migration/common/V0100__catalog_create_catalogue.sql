-- The credit-information catalogue as versioned editions. An edition is in force from its effective date until the
-- next edition's; rows are loaded from the seed files under catalog/ and by the admin API, never edited in place.
CREATE TABLE catalog_edition (
    edition_code   VARCHAR(20)              NOT NULL PRIMARY KEY,
    title          VARCHAR(200)             NOT NULL,
    effective_from DATE                     NOT NULL,
    based_on       VARCHAR(20) REFERENCES catalog_edition (edition_code),
    source         VARCHAR(8)               NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT catalog_edition_source_ck CHECK (source IN ('SEED', 'ADMIN'))
);
CREATE UNIQUE INDEX catalog_edition_effective_uk ON catalog_edition (effective_from);

CREATE TABLE catalog_category (
    edition_code    VARCHAR(20)  NOT NULL REFERENCES catalog_edition (edition_code),
    category_number INT          NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    PRIMARY KEY (edition_code, category_number)
);

CREATE TABLE catalog_record_type (
    edition_code         VARCHAR(20)  NOT NULL,
    type_code            VARCHAR(60)  NOT NULL,
    name_zh              VARCHAR(100) NOT NULL,
    name_en              VARCHAR(200) NOT NULL,
    category_number      INT          NOT NULL,
    polarity             VARCHAR(8)   NOT NULL,
    for_persons          BOOLEAN      NOT NULL,
    for_organisations    BOOLEAN      NOT NULL,
    legal_basis_required BOOLEAN      NOT NULL,
    disclosure           VARCHAR(10)  NOT NULL,
    retention_months     INT          NOT NULL,
    repairable           BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_code, type_code),
    FOREIGN KEY (edition_code, category_number) REFERENCES catalog_category (edition_code, category_number),
    CONSTRAINT catalog_record_type_polarity_ck CHECK (polarity IN ('NEGATIVE', 'POSITIVE', 'NEUTRAL')),
    CONSTRAINT catalog_record_type_disclosure_ck CHECK (disclosure IN ('PUBLIC', 'SHARED', 'AUTHORISED')),
    CONSTRAINT catalog_record_type_subjects_ck CHECK (for_persons OR for_organisations),
    CONSTRAINT catalog_record_type_legal_basis_ck CHECK (polarity <> 'NEGATIVE' OR legal_basis_required),
    CONSTRAINT catalog_record_type_retention_ck CHECK (retention_months >= 0)
);

-- One row per severity a type allows (severity NONE for an ungraded type), with its publicity rule.
CREATE TABLE catalog_publicity_rule (
    edition_code VARCHAR(20) NOT NULL,
    type_code    VARCHAR(60) NOT NULL,
    severity     VARCHAR(8)  NOT NULL,
    mode         VARCHAR(16) NOT NULL,
    min_months   INT,
    max_months   INT,
    PRIMARY KEY (edition_code, type_code, severity),
    FOREIGN KEY (edition_code, type_code) REFERENCES catalog_record_type (edition_code, type_code),
    CONSTRAINT catalog_publicity_rule_severity_ck CHECK (severity IN ('NONE', 'MINOR', 'GENERAL', 'SERIOUS')),
    CONSTRAINT catalog_publicity_rule_mode_ck CHECK (mode IN ('NOT_PUBLISHED', 'PERIOD', 'WHILE_IN_FORCE')),
    CONSTRAINT catalog_publicity_rule_period_ck CHECK (
        (mode = 'PERIOD' AND min_months >= 0 AND max_months >= min_months)
        OR (mode <> 'PERIOD' AND min_months IS NULL AND max_months IS NULL))
);

-- Data providers. Not versioned with the editions: a provider's permissions name type codes.
CREATE TABLE catalog_provider (
    provider_code VARCHAR(40)              NOT NULL PRIMARY KEY,
    name_zh       VARCHAR(200)             NOT NULL,
    name_en       VARCHAR(200)             NOT NULL,
    kind          VARCHAR(24)              NOT NULL,
    region_code   CHAR(6)                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT catalog_provider_kind_ck CHECK (kind IN (
        'GOVERNMENT_DEPARTMENT', 'COURT', 'ASSOCIATION', 'CREDIT_SERVICE_BODY', 'PUBLIC_INSTITUTION'))
);

CREATE TABLE catalog_provider_record_type (
    provider_code VARCHAR(40) NOT NULL REFERENCES catalog_provider (provider_code),
    type_code     VARCHAR(60) NOT NULL,
    PRIMARY KEY (provider_code, type_code)
);

-- Matter types of the five supervision areas: reference data for the credit check.
CREATE TABLE catalog_matter_type (
    matter_code VARCHAR(60)  NOT NULL PRIMARY KEY,
    area        VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT catalog_matter_type_area_ck CHECK (area IN ('MARKET_SUPERVISION', 'PUBLIC_SERVICE_MARKET_ACCESS',
        'QUALIFICATION_ACCREDITATION', 'ADMINISTRATIVE_APPROVAL', 'POLICY_SUPPORT'))
);

-- Bumped by every change to the tables above, so that each instance's in-memory copy knows when to reload.
CREATE TABLE catalog_revision (
    singleton INT    NOT NULL PRIMARY KEY,
    revision  BIGINT NOT NULL,
    CONSTRAINT catalog_revision_singleton_ck CHECK (singleton = 1)
);
INSERT INTO catalog_revision (singleton, revision) VALUES (1, 0);
