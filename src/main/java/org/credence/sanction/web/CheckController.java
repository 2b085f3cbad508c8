package org.credence.sanction.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.credence.access.CurrentActor;
import org.credence.sanction.BatchOutcome;
import org.credence.sanction.CheckAnswer;
import org.credence.sanction.CheckFeedback;
import org.credence.sanction.CheckRequest;
import org.credence.sanction.CreditChecks;
import org.credence.sanction.MeasureFeedback;
import org.credence.sanction.RecordedCheck;
import org.credence.shared.ApiException;
import org.credence.shared.CsvLines;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credit check for approving departments: one applicant, a list of up to {@value CreditChecks#MAX_BATCH}, or a CSV
 * file answered line by line as JSON Lines; the stored answer; the feedback on its measures.
 */
@RestController
class CheckController {

    private final CreditChecks checks;
    private final CurrentActor current;
    private final JsonMapper json;

    CheckController(CreditChecks checks, CurrentActor current, JsonMapper json) {
        this.checks = checks;
        this.current = current;
        this.json = json;
    }

    /** The answer is sent as it was stored (its JSON written once, for the record and the response alike). */
    @PostMapping(path = "/api/v1/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "201",
            description = "the check's answer, recorded",
            content = @Content(schema = @Schema(implementation = CheckAnswer.class)))
    ResponseEntity<byte[]> check(@RequestBody CheckRequest request) {
        RecordedCheck recorded = checks.check(current.actor(), request);
        return ResponseEntity.created(
                        URI.create("/api/v1/checks/" + recorded.answer().checkId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(recorded.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Many applicants for one matter, purpose and (by default) case number. */
    record BatchRequest(
            @Nullable String matterType,
            @Nullable String purpose,
            @Nullable String caseNumber,
            @Nullable List<Applicant> applicants) {}

    /** One applicant of a batch; its own case number overrides the batch's. */
    record Applicant(@Nullable String identifier, @Nullable String caseNumber) {}

    /** One applicant's result: the answer, or the problem that kept it from being checked. */
    record BatchResult(
            int index,
            @Nullable CheckAnswer answer,
            @Nullable Problem problem) {}

    record Problem(int status, String code, String detail, List<FieldProblem> fields) {}

    record BatchResponse(int checked, int refused, List<BatchResult> results) {}

    @PostMapping(path = "/api/v1/checks/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
    BatchResponse batch(@RequestBody BatchRequest request) {
        List<Applicant> applicants = request.applicants();
        if (applicants == null || applicants.isEmpty()) {
            throw ApiException.invalid("applicants-required", "applicants", "name at least one applicant");
        }
        List<CheckRequest> requests = new ArrayList<>(applicants.size());
        for (Applicant applicant : applicants) {
            String caseNumber =
                    applicant == null || applicant.caseNumber() == null ? request.caseNumber() : applicant.caseNumber();
            requests.add(new CheckRequest(
                    applicant == null ? null : applicant.identifier(),
                    request.matterType(),
                    request.purpose(),
                    caseNumber));
        }
        List<BatchOutcome> outcomes = checks.checkAll(current.actor(), requests);
        List<BatchResult> results = new ArrayList<>(outcomes.size());
        int refused = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            BatchResult result = result(i, outcomes.get(i));
            refused += result.problem() == null ? 0 : 1;
            results.add(result);
        }
        return new BatchResponse(results.size() - refused, refused, results);
    }

    /**
     * A CSV file with a header row naming {@code identifier} and optionally {@code caseNumber}, {@code matterType},
     * {@code purpose} (the query parameters give the defaults); answered as JSON Lines, one result per data line, in
     * order, as each is checked, so that a file of any length runs in constant memory.
     */
    @PostMapping(path = "/api/v1/checks/batches", consumes = "text/csv")
    void batchFile(
            InputStream body,
            @RequestParam(required = false) @Nullable String matterType,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String caseNumber,
            HttpServletResponse response)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String headerLine = lines.readLine();
        List<String> header = headerLine == null ? List.of() : CsvLines.fields(headerLine);
        int identifierColumn = column(header, "identifier");
        if (identifierColumn < 0) {
            throw ApiException.invalid(
                    "identifier-column-required", "header", "the first line is a header naming an identifier column");
        }
        int caseColumn = column(header, "caseNumber");
        int matterColumn = column(header, "matterType");
        int purposeColumn = column(header, "purpose");
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        // lines are checked in slices, each slice's answers recorded together, and written out in order as each slice
        // is done: constant memory for a file of any length, a few group commits per slice instead of one per line
        List<Integer> sliceLines = new ArrayList<>(FILE_SLICE);
        List<@Nullable CheckRequest> slice = new ArrayList<>(FILE_SLICE);
        String text;
        int line = 1;
        while ((text = lines.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            CheckRequest request;
            try {
                List<String> row = CsvLines.fields(text);
                request = new CheckRequest(
                        cell(row, identifierColumn),
                        orDefault(cell(row, matterColumn), matterType),
                        orDefault(cell(row, purposeColumn), purpose),
                        orDefault(cell(row, caseColumn), caseNumber));
            } catch (JacksonException e) {
                request = null;
            }
            sliceLines.add(line);
            slice.add(request);
            if (slice.size() == FILE_SLICE) {
                writeSlice(sliceLines, slice, out);
            }
        }
        writeSlice(sliceLines, slice, out);
        out.flush();
    }

    /** Lines of a CSV file checked together. */
    private static final int FILE_SLICE = 100;

    /** Checks a slice's requests (null: a line that is not valid CSV), writes its results in line order, empties it. */
    private void writeSlice(List<Integer> lines, List<@Nullable CheckRequest> slice, OutputStream out)
            throws IOException {
        List<CheckRequest> valid = slice.stream().filter(Objects::nonNull).toList();
        Iterator<BatchOutcome> outcomes = valid.isEmpty()
                ? Collections.emptyIterator()
                : checks.checkAll(current.actor(), valid).iterator();
        for (int i = 0; i < slice.size(); i++) {
            int line = lines.get(i);
            BatchResult result = slice.get(i) == null
                    ? new BatchResult(
                            line,
                            null,
                            new Problem(400, "malformed-line", "line " + line + " is not valid CSV", List.of()))
                    : result(line, outcomes.next());
            out.write(json.writeValueAsBytes(result));
            out.write('\n');
        }
        lines.clear();
        slice.clear();
    }

    @GetMapping("/api/v1/checks/{checkId}")
    CheckAnswer answer(@PathVariable long checkId) {
        return checks.answer(current.actor(), checkId)
                .orElseThrow(() -> ApiException.notFound("check-not-found", "no check " + checkId + " you may see"));
    }

    record FeedbackRequest(@Nullable List<MeasureFeedback> measures) {}

    @PostMapping("/api/v1/checks/{checkId}/feedback")
    ResponseEntity<List<CheckFeedback>> feedback(@PathVariable long checkId, @RequestBody FeedbackRequest request) {
        List<CheckFeedback> recorded =
                checks.feedback(current.actor(), checkId, request.measures() == null ? List.of() : request.measures());
        return ResponseEntity.created(URI.create("/api/v1/checks/" + checkId + "/feedback"))
                .body(recorded);
    }

    @GetMapping("/api/v1/checks/{checkId}/feedback")
    List<CheckFeedback> feedbackOf(@PathVariable long checkId) {
        return checks.feedbackOf(current.actor(), checkId)
                .orElseThrow(() -> ApiException.notFound("check-not-found", "no check " + checkId + " you may see"));
    }

    /** What implementing departments answered on the measures this list entry set off: for its managing authority. */
    @GetMapping("/api/v1/list-entries/{entryId}/check-feedback")
    List<CheckFeedback> feedbackOnEntry(@PathVariable long entryId) {
        return checks.feedbackOnEntry(current.actor(), entryId)
                .orElseThrow(() -> ApiException.notFound(
                        "entry-not-found", "no list entry " + entryId + " of a list your organisation manages"));
    }

    private static BatchResult result(int index, BatchOutcome outcome) {
        ApiException refusal = outcome.refusal();
        if (refusal != null) {
            return new BatchResult(
                    index,
                    null,
                    new Problem(refusal.status().value(), refusal.code(), refusal.getMessage(), refusal.fields()));
        }
        return new BatchResult(index, outcome.answer(), null);
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() || row.get(column).isBlank() ? null : row.get(column);
    }

    private static @Nullable String orDefault(@Nullable String value, @Nullable String fallback) {
        return value != null ? value : fallback;
    }
}
