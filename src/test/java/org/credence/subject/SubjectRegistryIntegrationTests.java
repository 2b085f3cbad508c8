package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SubjectRegistryIntegrationTests {

    @Autowired
    SubjectRegistry registry;

    @Test
    void registersAPersonWithFieldsDerivedFromTheNumber() {
        var number = TestIdentifiers.person();
        SubjectRef person = registry.register(new NewSubject(number, "张伟", null, null));
        assertThat(person.kind()).isEqualTo(SubjectKind.PERSON);
        assertThat(person.maskedIdentifier())
                .isEqualTo(number.masked())
                .doesNotContain(number.value().substring(6, 14));
        assertThat(registry.lookup(number.value().toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(new SubjectLookup.Found(person));
    }

    @Test
    void refusesToRegisterTheSameIdentifierTwice() {
        var code = TestIdentifiers.organisation();
        registry.register(new NewSubject(code, "福州某某科技有限公司", null, null));
        assertThatThrownBy(() -> registry.register(new NewSubject(code, "另一个名字", null, null)))
                .isInstanceOf(SubjectAlreadyRegisteredException.class);
    }

    @Test
    void tellsInvalidFromUnknownIdentifiers() {
        assertThat(registry.lookup("11010519491231002Y")).isInstanceOf(SubjectLookup.Invalid.class);
        assertThat(registry.lookup(TestIdentifiers.person().value())).isInstanceOf(SubjectLookup.Unknown.class);
    }

    @Test
    void resolvesManyIdentifiersAtOnce() {
        var known = TestIdentifiers.organisation();
        var unknown = TestIdentifiers.organisation();
        long id = registry.register(new NewSubject(known, "某某合作社", null, null)).subjectId();
        assertThat(registry.resolveAll(List.of(known, unknown)))
                .containsExactly(java.util.Map.entry(known.value(), id));
    }
}
