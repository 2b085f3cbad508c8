package org.credence.commitment.internal;

import org.credence.commitment.CommitmentTemplate;

/** A template version as stored, with its row id (which signatures refer to). */
record StoredTemplate(long templateId, CommitmentTemplate template) {}
