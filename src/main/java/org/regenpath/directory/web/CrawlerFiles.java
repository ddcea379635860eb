package org.regenpath.directory.web;

import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.DirectoryProperties;
import org.regenpath.directory.PublishedListing;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} (RFC 9309) and {@code sitemap.xml} (sitemaps.org protocol 0.9): crawlers may read the public
 * directory and nothing else; the sitemap lists the search page and every published provider.
 */
@RestController
class CrawlerFiles {

    private final DirectoryListings listings;
    private final DirectoryProperties properties;

    CrawlerFiles(DirectoryListings listings, DirectoryProperties properties) {
        this.listings = listings;
        this.properties = properties;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\nAllow: /providers\nDisallow: /\n\nSitemap: " + properties.baseUrl()
                + "/sitemap.xml\n";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, properties.baseUrl() + "/providers", null);
        for (PublishedListing p : listings.sitemap()) {
            url(xml, properties.baseUrl() + "/providers/" + p.slug(),
                    p.updatedAt() == null ? null : p.updatedAt().toString().substring(0, 10));
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String loc, String lastmod) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
