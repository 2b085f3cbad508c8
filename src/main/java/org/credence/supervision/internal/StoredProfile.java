package org.credence.supervision.internal;

import org.credence.supervision.SupervisionProfile;

/** A profile version with its row id, which draws refer to. */
record StoredProfile(long profileId, SupervisionProfile profile) {}
