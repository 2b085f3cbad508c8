package org.credence.catalog.web;

import java.time.LocalDate;
import java.util.List;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Edition;
import org.credence.catalog.EditionSummary;
import org.credence.catalog.MatterType;
import org.credence.catalog.NewEdition;
import org.credence.catalog.Provider;
import org.credence.catalog.RecordType;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue over HTTP: editions (and adding one), record types in force, providers, matter types. */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/editions")
    List<EditionSummary> editions() {
        return catalogue.editions();
    }

    /** The edition in force on {@code date} (today when absent). */
    @GetMapping("/editions/in-force")
    Edition inForce(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return date == null ? catalogue.currentEdition() : catalogue.editionInForce(date);
    }

    @GetMapping("/editions/{code}")
    Edition edition(@PathVariable String code) {
        return catalogue
                .edition(code)
                .orElseThrow(() -> ApiException.notFound("unknown-edition", "no catalogue edition " + code));
    }

    @PostMapping("/editions")
    @ResponseStatus(HttpStatus.CREATED)
    Edition addEdition(@RequestBody NewEdition edition) {
        return catalogue.addEdition(edition);
    }

    @GetMapping("/record-types")
    List<RecordType> recordTypes() {
        return catalogue.currentEdition().recordTypes();
    }

    @GetMapping("/record-types/{code}")
    RecordType recordType(@PathVariable String code) {
        return catalogue
                .currentEdition()
                .recordType(code)
                .orElseThrow(
                        () -> ApiException.notFound("unknown-record-type", "no record type " + code + " in force"));
    }

    @GetMapping("/providers")
    List<Provider> providers() {
        return catalogue.providers();
    }

    @GetMapping("/providers/{code}")
    Provider provider(@PathVariable String code) {
        return catalogue
                .provider(code)
                .orElseThrow(() -> ApiException.notFound("unknown-provider", "no provider " + code));
    }

    @GetMapping("/matter-types")
    List<MatterType> matterTypes() {
        return catalogue.matterTypes();
    }
}
