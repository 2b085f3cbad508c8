package org.credence.catalog;

/** A kind of matter an approving department decides, in one of the five supervision areas: reference data. */
public record MatterType(String code, SupervisionArea area, String nameZh, String nameEn) {}
