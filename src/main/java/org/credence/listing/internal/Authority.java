package org.credence.listing.internal;

import java.util.Objects;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.credence.shared.ApiException;
import org.springframework.http.HttpStatus;

/** Whoever lists decides: only a credit officer of the list's managing authority takes decisions on its entries. */
final class Authority {

    private Authority() {}

    static boolean manages(Actor actor, DefinitionDocument list) {
        return actor.has(Role.CREDIT_OFFICER)
                && Objects.equals(actor.organisation(), list.definition().managingAuthority());
    }

    static void require(Actor actor, DefinitionDocument list) {
        if (!manages(actor, list)) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "not-managing-authority",
                    "Not the managing authority",
                    "decisions on list " + list.code() + " are taken by credit officers of "
                            + list.definition().managingAuthority());
        }
    }
}
