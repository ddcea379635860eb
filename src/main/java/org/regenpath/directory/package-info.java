/**
 * Directory: the public side's provider directory. Providers (a clinic using Regenpath, or a clinic or practitioner
 * outside it) with locations, treatments (cell source and product type for stem cell therapy), conditions treated
 * (ids of the intake condition catalog), physicians, prices with what they include, virtual consults and contact,
 * and claims (FDA HCT/P registration by FEI number, IND, FACT/AABB accreditation, board certification), each verified
 * or not, by whom and when. {@link org.regenpath.directory.ProviderSearch} finds published providers by distance
 * from a ZIP code's Census centroid (haversine with a bounding box in SQL, decision 0054);
 * {@link org.regenpath.directory.DirectoryEditing} is the directory editor's work (decision 0053);
 * {@link org.regenpath.directory.ClinicListings} the clinic admin's own listing. Unverified claims are shown as not
 * verified (decision 0052). Condition pages, the self-check, contact requests, articles and outcomes on listings
 * attach to a listing's id later.
 *
 * <p>Owns the tables {@code directory_provider}, {@code directory_location}, {@code directory_treatment},
 * {@code directory_condition}, {@code directory_physician} and {@code directory_claim}. Publishes and listens to no
 * events. Nothing here is patient data; public reads are not audited, every editor's and admin's step is.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {"shared", "audit", "identity", "intake"})
package org.regenpath.directory;
