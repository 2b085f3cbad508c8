package org.credence.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web handler that reads non-public data. The caller must name a purpose of use permitted for its role
 * (header {@code X-Purpose}, and {@code X-Case-Number} where the purpose needs one); the read is refused otherwise,
 * and every such read is written to the audit trail. Handlers without this mark serve public data or are writes
 * (audited as writes).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PurposeBound {

    /** The audit action name, for example {@code subject.read}. */
    String value();
}
