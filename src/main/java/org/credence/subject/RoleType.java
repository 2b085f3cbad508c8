package org.credence.subject;

/** Roles linking persons to organisations; some measures extend from an organisation to persons in these roles. */
public enum RoleType {
    LEGAL_REPRESENTATIVE,
    PRINCIPAL,
    DIRECTLY_RESPONSIBLE,
    ACTUAL_CONTROLLER
}
