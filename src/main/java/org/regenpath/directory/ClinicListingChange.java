package org.regenpath.directory;

/**
 * What a clinic admin may change on their clinic's listing: how to reach the clinic, where it is, virtual consults
 * and prices. The name comes from the workspace; claims are checked by directory editors.
 */
public record ClinicListingChange(String summary, String website, String phone, String email,
        boolean virtualConsults, Integer priceMinUsd, Integer priceMaxUsd, String priceIncludes, String street,
        String city, String state, String zip) {}
