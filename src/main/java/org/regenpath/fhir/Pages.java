package org.regenpath.fhir;

import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.regenpath.shared.Paging;

/**
 * One page of search results with {@code _offset} paging: the server keeps no search results between requests
 * (decision 0055), so the next link repeats the search with the next offset, in the caller's clinic.
 */
record Pages(int offset, int count) {

    static Pages of(Integer offset, Integer count, int defaultCount) {
        if (offset != null && offset < 0) {
            throw new InvalidRequestException("_offset must be 0 or more.");
        }
        if (count != null && (count < 0 || count > Paging.MAX_SIZE)) {
            throw new InvalidRequestException("_count must be between 0 and " + Paging.MAX_SIZE + ".");
        }
        return new Pages(offset == null ? 0 : offset, count == null ? defaultCount : count);
    }

    /** This page of an in-memory list (a patient's records are few). */
    <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + count));
    }

    /** The page as HAPI's bundle provider, with the total so that HAPI writes the next and previous links. */
    SimpleBundleProvider bundle(List<? extends IBaseResource> page, long total) {
        SimpleBundleProvider provider = new SimpleBundleProvider(page);
        provider.setCurrentPageOffset(offset);
        provider.setCurrentPageSize(count);
        provider.setSize((int) Math.min(Integer.MAX_VALUE, total));
        return provider;
    }
}
