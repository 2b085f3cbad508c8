/**
 * Deferred, coalesced work between modules: a module's listener queues ids ({@link
 * org.credence.shared.backlog.WorkBacklog#add}) and a {@link org.credence.shared.backlog.BacklogConsumer} of the same
 * module works through them in large sets on a thread of its own, at least once, after bulk work has finished.
 */
@NullMarked
package org.credence.shared.backlog;

import org.jspecify.annotations.NullMarked;
