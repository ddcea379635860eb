package org.regenpath.directory;

import java.time.Instant;

/** A published listing's address ({@code /providers/<slug>}) and when it last changed, for the sitemap. */
public record PublishedListing(String slug, Instant updatedAt) {}
