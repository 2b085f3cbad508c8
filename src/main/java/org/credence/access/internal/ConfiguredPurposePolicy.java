package org.credence.access.internal;

import java.util.List;
import org.credence.access.Actor;
import org.credence.access.Purpose;
import org.credence.access.PurposePolicy;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** {@link PurposePolicy} from {@code credence.access.purposes.*}: the same table the header check uses. */
@Component
class ConfiguredPurposePolicy implements PurposePolicy {

    private final AccessProperties properties;

    ConfiguredPurposePolicy(AccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public void require(Actor actor, Purpose purpose, String field) {
        if (!properties.permits(actor.roles(), purpose.code())) {
            String detail = "your role may not read this data for purpose " + purpose.code();
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "purpose-not-permitted",
                    "Purpose not permitted",
                    detail,
                    List.of(new FieldProblem(field, "purpose-not-permitted", detail)));
        }
        if (properties.caseRequired().contains(purpose.code()) && purpose.caseNumber() == null) {
            throw ApiException.invalid(
                    "case-number-required", "caseNumber", "purpose " + purpose.code() + " needs a case number");
        }
    }
}
