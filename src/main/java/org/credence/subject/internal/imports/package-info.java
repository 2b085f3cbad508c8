/**
 * Bulk import of subjects: streamed parsing of CSV and JSON Lines, validation with line-numbered rejections, and
 * chunked, set-based storage (PostgreSQL COPY into a staging table, JDBC batches elsewhere).
 */
@NullMarked
package org.credence.subject.internal.imports;

import org.jspecify.annotations.NullMarked;
