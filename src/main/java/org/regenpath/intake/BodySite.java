package org.regenpath.intake;

/** A body site of the catalog's small local vocabulary, e.g. {@code KNEE}. */
public record BodySite(String code, String display) {}
