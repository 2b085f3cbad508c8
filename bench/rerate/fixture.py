#!/usr/bin/env python3
"""Bench fixture: rows for the subject, professional_registration and credit_record tables in COPY text format.

Deterministic (seeded) synthetic population: 75 % organisations (mostly enterprises), 25 % persons of whom 40 % hold
a professional licence; 0 to 10 records per subject (5 on average) of the catalogue's common types, with publicity
dates as the record module would set them. Usage: fixture.py subjects|registrations|records N
"""
import random
import sys
from datetime import date, timedelta

KINDS = sys.argv[1]
N = int(sys.argv[2])
RNG = random.Random(20261129)
REGIONS = ["350102", "350103", "350104", "350121", "350200", "350203", "350500", "350600", "351100", "110105"]
PROFESSIONS = ["LAWYER", "ACCOUNTING_STAFF", "CERTIFIED_ACCOUNTANT", "TEACHER", "MEDICAL_PERSONNEL", "TOUR_GUIDE",
               "PROJECT_MANAGER", "TAX_ADVISER"]
NOW = "2026-11-29 00:00:00+00"
START = date(2022, 12, 1)
LAST = date(2026, 11, 20)
SPAN = (LAST - START).days
NULL = "\\N"


def kind(i):
    return "ORGANISATION" if i % 4 != 0 else "PERSON"


def org_type(i):
    r = (i * 7919) % 100
    return "ENTERPRISE" if r < 85 else "INDIVIDUAL_BUSINESS" if r < 93 else "SOCIAL_ORGANISATION" if r < 97 else "COOPERATIVE"


def subjects(out):
    for i in range(1, N + 1):
        k = kind(i)
        region = REGIONS[i % len(REGIONS)]
        if k == "ORGANISATION":
            row = [i, k, "B%017d" % i, "bench-fixture", "bench", "B****************%d" % (i % 10),
                   "Bench organisation %d" % i, region, NULL, NULL, org_type(i), "ACTIVE"]
        else:
            birth = date(1960, 1, 1) + timedelta(days=(i * 37) % 15000)
            row = [i, k, "P%017d" % i, "bench-fixture", "bench", "P****************%d" % (i % 10),
                   "Bench person %d" % i, region, birth.isoformat(), "MF"[i % 2], NULL, NULL]
        out.write("\t".join(map(str, row + [NOW, NOW])) + "\n")


def registrations(out):
    rid = 0
    for i in range(4, N + 1, 4):
        if (i // 4) % 5 < 2:
            rid += 1
            status = "SUSPENDED" if rid % 20 == 0 else "ACTIVE"
            out.write("\t".join(map(str, [rid, i, PROFESSIONS[rid % len(PROFESSIONS)], "BL%d" % rid, "bench issuer",
                                          "2015-01-01", NULL, status])) + "\n")


# (type, polarity, weight, severities with weights or None, org only)
TYPES = [
    ("administrative-licence", "NEUTRAL", 30, None),
    ("administrative-penalty", "NEGATIVE", 25, [("MINOR", 40), ("GENERAL", 45), ("SERIOUS", 15)]),
    ("credit-commitment", "NEUTRAL", 8, None),
    ("integrity-honour", "POSITIVE", 6, None),
    ("tax-arrears", "NEGATIVE", 5, [("GENERAL", 80), ("SERIOUS", 20)]),
    ("commitment-breach", "NEGATIVE", 5, [("MINOR", 50), ("GENERAL", 50)]),
    ("administrative-coercion", "NEGATIVE", 4, [("GENERAL", 100)]),
    ("abnormal-operations", "NEGATIVE", 3, [("GENERAL", 100)]),
    ("court-enforcement", "NEGATIVE", 3, [("GENERAL", 100)]),
    ("qualification-obtained", "POSITIVE", 5, None),
    ("professional-misconduct-finding", "NEGATIVE", 5, [("MINOR", 50), ("GENERAL", 40), ("SERIOUS", 10)]),
    ("serious-illegal-dishonesty", "NEGATIVE", 1, [("SERIOUS", 100)]),
]
TYPE_TABLE = [t for t in TYPES for _ in range(t[2])]
PUBLICITY = {"MINOR": None, "GENERAL": (3, 12), "SERIOUS": (12, 36)}


def plus_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue


def records(out):
    rid = 0
    for i in range(1, N + 1):
        count = RNG.randint(0, 10)
        for j in range(count):
            rid += 1
            if j == 0 and kind(i) == "ORGANISATION":
                rtype, polarity, severities = "registration-basics", "NEUTRAL", None
            else:
                rtype, polarity, _, severities = TYPE_TABLE[RNG.randrange(len(TYPE_TABLE))]
            decided = START + timedelta(days=RNG.randrange(SPAN))
            severity = NULL
            decision_number = legal_basis = NULL
            effective_to = NULL
            pub = decided.isoformat()
            min_end = max_end = NULL
            if severities:
                r = RNG.randrange(100)
                for s, w in severities:
                    if r < w:
                        severity = s
                        break
                    r -= w
                decision_number, legal_basis = "BENCH-%d" % rid, "bench legal basis"
                rule = PUBLICITY[severity]
                if rule is None:
                    pub = NULL
                else:
                    min_end, max_end = plus_months(decided, rule[0]).isoformat(), plus_months(decided, rule[1]).isoformat()
            elif rtype in ("credit-commitment", "administrative-licence"):
                effective_to = plus_months(decided, 12 if rtype == "credit-commitment" else 36).isoformat()
                max_end = effective_to
            r = RNG.randrange(100)
            status = "ACTIVE" if r < 90 else "REPAIRED" if r < 94 else "EXPIRED" if r < 98 else "UNDER_OBJECTION"
            out.write("\t".join(map(str, [
                rid, i, "bench-provider", "B%d" % rid, rtype, "2021", polarity, "PUBLIC", severity, status, 1,
                decision_number, legal_basis, decided.isoformat(), decided.isoformat(), effective_to,
                "bench fixture", NULL, "0" * 32, pub, min_end, max_end, NULL, NULL, NOW, NOW])) + "\n")


{"subjects": subjects, "registrations": registrations, "records": records}[KINDS](sys.stdout)
