package org.credence.subject.web;

import java.io.IOException;
import java.io.InputStream;
import org.credence.shared.ApiException;
import org.credence.subject.ImportFormat;
import org.credence.subject.ImportReport;
import org.credence.subject.ImportUnreadableException;
import org.credence.subject.SubjectImport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a register file: the import runs while the request waits and answers with its report. */
@RestController
class SubjectImportController {

    private final SubjectImport imports;

    SubjectImportController(SubjectImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/subjects/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport upload(
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String format) {
        ImportFormat chosen = (format != null
                        ? ImportFormat.named(format)
                        : ImportFormat.ofFileName(String.valueOf(file.getOriginalFilename())))
                .orElseThrow(() -> ApiException.invalid(
                        "import-format", "format", "the format must be csv or jsonl (by parameter or file extension)"));
        try (InputStream in = file.getInputStream()) {
            return imports.importSubjects(in, chosen, lines -> {});
        } catch (IOException e) {
            throw new ImportUnreadableException("the uploaded file could not be read: " + e.getMessage());
        }
    }
}
