package org.credence.catalog;

/** The five areas in which approving departments consult credit information before a decision. */
public enum SupervisionArea {
    MARKET_SUPERVISION,
    PUBLIC_SERVICE_MARKET_ACCESS,
    QUALIFICATION_ACCREDITATION,
    ADMINISTRATIVE_APPROVAL,
    POLICY_SUPPORT
}
