/**
 * Subjects: natural persons and organisations, their official identifiers, roles linking persons to organisations,
 * professions and professional registrations, association memberships.
 *
 * <p>The official identifier lives here only; every other module refers to a subject by its {@code subjectId} and
 * shows {@link org.credence.subject.SubjectIdentifier#masked()} forms.
 */
@NullMarked
@ApplicationModule(displayName = "Subject registry", allowedDependencies = "shared")
package org.credence.subject;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
