package org.credence.sanction.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.credence.access.CurrentActor;
import org.credence.sanction.MeasureCatalogue;
import org.credence.sanction.MeasureEdition;
import org.credence.shared.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The joint-measures catalogue: public, as every consequence must be; new editions by credit officers. */
@RestController
class MeasureController {

    private final MeasureCatalogue measures;
    private final CurrentActor current;
    private final Clock clock;

    MeasureController(MeasureCatalogue measures, CurrentActor current, Clock clock) {
        this.measures = measures;
        this.current = current;
        this.clock = clock;
    }

    /** The edition in force today, with its measures. */
    @GetMapping("/api/v1/measures")
    MeasureEdition inForce() {
        return measures.inForce(LocalDate.now(clock));
    }

    @GetMapping("/api/v1/measures/editions")
    List<MeasureEdition> editions() {
        return measures.editions();
    }

    @GetMapping("/api/v1/measures/editions/{code}")
    MeasureEdition edition(@PathVariable String code) {
        return measures.edition(code)
                .orElseThrow(() -> ApiException.notFound("measure-edition-not-found", "no measures edition " + code));
    }

    @PostMapping(path = "/api/v1/measures/editions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeasureEdition> add(@RequestBody String document) {
        MeasureEdition edition = measures.add(document, current.actor().name());
        return ResponseEntity.created(URI.create("/api/v1/measures/editions/" + edition.code()))
                .body(edition);
    }
}
