package org.credence.subject.web;

import java.util.List;
import org.credence.subject.Profession;
import org.credence.subject.SubjectRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The professions a registration may name. */
@RestController
class ProfessionController {

    private final SubjectRegistry registry;

    ProfessionController(SubjectRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/professions")
    List<Profession> professions() {
        return registry.professions();
    }
}
