package org.credence.subject;

import java.util.List;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.springframework.http.HttpStatus;

/** The identifier of a subject to register is already on file. */
public final class SubjectAlreadyRegisteredException extends ApiException {

    private static final long serialVersionUID = 1L;

    public SubjectAlreadyRegisteredException(String maskedIdentifier) {
        super(
                HttpStatus.CONFLICT,
                "subject-exists",
                "Subject already on file",
                detail(maskedIdentifier),
                List.of(new FieldProblem("identifier", "subject-exists", detail(maskedIdentifier))));
    }

    private static String detail(String maskedIdentifier) {
        return "a subject with identifier " + maskedIdentifier + " is already on file";
    }
}
