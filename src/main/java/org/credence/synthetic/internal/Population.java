package org.credence.synthetic.internal;

/** What a generator run produced. */
record Population(long persons, long organisations, long roles, long registrations, long memberships) {}
