package org.regenpath.identity;

/** A clinic's time zone as the settings page and the API show it: the IANA id and how it reads now ("EST"). */
public record ClinicTimeZone(String timeZone, String abbreviation, String localTime) {}
