package org.credence.commitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningPolicyTests {

    private static final long APPLICANT = 42;

    @ParameterizedTest(name = "{0} of {1} (subject {2}) naming {3}: {4} {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // roles, organisation, actor's subject, department named, verdict, department or code
                "APPROVER, fz-licensing, -, -, ALLOWED, fz-licensing/APPROVER",
                "APPROVER, fz-licensing, -, fz-licensing, ALLOWED, fz-licensing/APPROVER",
                "APPROVER, fz-licensing, -, fz-other, REFUSED, not-case-department",
                "APPROVER, -, -, fz-licensing, REFUSED, signer-not-permitted",
                "SUBJECT, -, 42, fz-licensing, ALLOWED, fz-licensing/SUBJECT",
                "SUBJECT, -, 43, fz-licensing, REFUSED, not-own-file",
                "SUBJECT, -, -, fz-licensing, REFUSED, not-own-file",
                "SUBJECT, -, 42, -, REFUSED, department-required",
                "SUBJECT, -, 42, 'bad code!', REFUSED, invalid-department",
                "SUBJECT APPROVER, fz-licensing, 42, -, ALLOWED, fz-licensing/APPROVER",
                "CREDIT_OFFICER, fz-credit-centre, -, fz-licensing, REFUSED, signer-not-permitted",
                "PROVIDER, fz-market-supervision, -, -, REFUSED, signer-not-permitted",
            })
    void decidesWhoMaySign(
            String roles, String organisation, Long subjectId, String department, String verdict, String expected) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String role : roles.split(" ")) {
            set.add(Role.valueOf(role));
        }
        var decision = SigningPolicy.decide(new Actor("someone", organisation, set, subjectId), APPLICANT, department);
        switch (decision) {
            case SigningPolicy.Allowed a -> {
                assertThat(verdict).isEqualTo("ALLOWED");
                assertThat(a.department() + "/" + a.signedAs()).isEqualTo(expected);
            }
            case SigningPolicy.Refused r -> {
                assertThat(verdict).isEqualTo("REFUSED");
                assertThat(r.code()).isEqualTo(expected);
            }
        }
    }
}
