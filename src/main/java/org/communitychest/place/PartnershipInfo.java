package org.communitychest.place;

/** A partnership (tenant); {@code code} prefixes its application references, e.g. THT. */
public record PartnershipInfo(long id, String code, String name) {
}
