package org.regenpath.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.directory.ClaimKind;
import org.regenpath.directory.DirectoryEditing;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.Listing;
import org.regenpath.directory.ListingDraft;
import org.regenpath.directory.ProviderKind;
import org.regenpath.directory.TreatmentCategory;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.DemoAccounts;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The demo directory: both demo clinics and 40 fictional providers in 23 states and DC, several near Albany, NY (ZIP
 * 12207) so a search there finds some. Every other provider's claims are verified by the demo directory editor;
 * the rest stay "not verified", and a few are not published yet, so the editor's list has work on it. Names,
 * numbers and addresses are invented; FEI numbers have the real format but belong to no establishment we know of.
 * Loaded once: nothing is added when the directory has listings.
 */
@Component
class DemoDirectory {

    /** The platform's own row in the clinic table, which holds the directory editors and never a patient. */
    static final String PLATFORM = "Regenpath directory";
    static final String DOMAIN = "directory.example";

    /** name, kind (C clinic, P practitioner), city, state, ZIP, virtual consults, lowest and highest price. */
    private static final String[][] PROVIDERS = {
        {"Hudson Valley Regenerative Medicine", "C", "Albany", "NY", "12203", "y", "3500", "7000"},
        {"Capital District Joint Center", "C", "Albany", "NY", "12208", "n", "4000", "8500"},
        {"Dr. Maya Kessler, Pain Medicine", "P", "Latham", "NY", "12110", "y", "2500", "5000"},
        {"Saratoga Orthobiologics", "C", "Saratoga Springs", "NY", "12866", "n", "5000", "9000"},
        {"Troy Spine and Nerve Clinic", "C", "Troy", "NY", "12180", "y", "3000", "6500"},
        {"Schenectady Pain Relief Associates", "C", "Schenectady", "NY", "12309", "n", "1500", "4000"},
        {"Clifton Park Sports Medicine", "C", "Clifton Park", "NY", "12065", "n", "2800", "5200"},
        {"Dr. Samuel Ortiz, Physiatry", "P", "Rensselaer", "NY", "12144", "y", "2000", "4500"},
        {"Berkshire Cell Therapy Center", "C", "Pittsfield", "MA", "01201", "n", "4500", "9500"},
        {"Midtown Regenerative Institute", "C", "New York", "NY", "10001", "y", "6000", "15000"},
        {"Genesee Pain Specialists", "C", "Rochester", "NY", "14604", "n", "3200", "6000"},
        {"Back Bay Orthopedic Biologics", "C", "Boston", "MA", "02115", "y", "5500", "12000"},
        {"Hartford Interventional Pain", "C", "Hartford", "CT", "06103", "n", "2500", "6000"},
        {"Liberty Spine and Joint", "C", "Philadelphia", "PA", "19103", "y", "4000", "9000"},
        {"Newark Pain and Wellness", "C", "Newark", "NJ", "07102", "n", "1800", "3800"},
        {"Biscayne Stem Cell Clinic", "C", "Miami Beach", "FL", "33139", "y", "7000", "20000"},
        {"Orlando Joint Restoration", "C", "Orlando", "FL", "32801", "n", "3800", "8200"},
        {"Dr. Priya Raman, Sports Medicine", "P", "Austin", "TX", "78701", "y", "3000", "6000"},
        {"Medical Center Regenerative Clinic", "C", "Houston", "TX", "77030", "n", "4200", "9800"},
        {"Westwood Orthobiologic Group", "C", "Los Angeles", "CA", "90024", "y", "6500", "14000"},
        {"La Jolla Spine Research Clinic", "C", "La Jolla", "CA", "92037", "n", "5000", "11000"},
        {"Mission District Pain Clinic", "C", "San Francisco", "CA", "94110", "y", "3500", "7500"},
        {"Front Range Regenerative", "C", "Denver", "CO", "80206", "y", "4000", "8000"},
        {"Desert Joint and Spine", "C", "Phoenix", "AZ", "85004", "n", "3000", "7000"},
        {"Lakeshore Pain Institute", "C", "Chicago", "IL", "60611", "y", "4500", "9500"},
        {"Puget Sound Orthobiologics", "C", "Seattle", "WA", "98104", "n", "5000", "10000"},
        {"Peachtree Regenerative Center", "C", "Atlanta", "GA", "30308", "y", "3900", "8800"},
        {"Dr. Elena Varga, Neurology", "P", "Chapel Hill", "NC", "27514", "y", "1500", "3500"},
        {"Cuyahoga Sports and Spine", "C", "Cleveland", "OH", "44106", "n", "3600", "7200"},
        {"Twin Cities Cell Therapy Clinic", "C", "Minneapolis", "MN", "55455", "n", "4800", "9900"},
        {"Rose City Pain Clinic", "C", "Portland", "OR", "97210", "y", "2900", "6400"},
        {"Wasatch Regenerative Medicine", "C", "Salt Lake City", "UT", "84102", "n", "3700", "7700"},
        {"Music Row Orthopedics", "C", "Nashville", "TN", "37203", "y", "4100", "8600"},
        {"Huron Valley Pain Center", "C", "Ann Arbor", "MI", "48109", "n", "3300", "6900"},
        {"Dr. Jonah Lind, Pain Medicine", "P", "Madison", "WI", "53706", "y", "2200", "4800"},
        {"Foggy Bottom Spine and Joint", "C", "Washington", "DC", "20037", "n", "5200", "11500"},
        {"Gateway Orthobiologics", "C", "St. Louis", "MO", "63110", "y", "3400", "7600"},
        {"Circle City Pain Relief", "C", "Indianapolis", "IN", "46202", "n", "2600", "5900"},
        {"Beverly Grove Cell Clinic", "C", "Los Angeles", "CA", "90048", "y", "8000", "25000"},
        {"Mohawk Valley Biofeedback and Pain", "P", "Albany", "NY", "12207", "y", "150", "900"},
    };

    private static final List<List<String>> CONDITIONS = List.of(
            List.of("knee-oa", "hip-oa", "shoulder-oa"),
            List.of("ddd-lumbar", "low-back-pain", "radiculopathy"),
            List.of("rotator-cuff", "achilles-tendinopathy", "ligament-injury", "other-tendinopathy"),
            List.of("knee-oa", "ddd-cervical", "neck-pain"),
            List.of("diabetic-neuropathy", "postherpetic-neuralgia", "peripheral-nerve-injury", "polyneuropathy"));

    private static final List<Listing.Treatment> STEM_CELLS = List.of(
            Listing.Treatment.stemCells(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE),
            Listing.Treatment.stemCells(CellSource.AUTOLOGOUS_ADIPOSE, ProductType.MICROFRAGMENTED_ADIPOSE),
            Listing.Treatment.stemCells(CellSource.ALLOGENEIC_UMBILICAL_CORD,
                    ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT),
            Listing.Treatment.stemCells(CellSource.ALLOGENEIC_WHARTONS_JELLY,
                    ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT),
            Listing.Treatment.stemCells(CellSource.ALLOGENEIC_PLACENTAL, ProductType.AMNIOTIC_MEMBRANE));

    private final DirectoryListings listings;
    private final DirectoryEditing editing;
    private final DemoAccounts accounts;

    DemoDirectory(DirectoryListings listings, DirectoryEditing editing, DemoAccounts accounts) {
        this.listings = listings;
        this.editing = editing;
        this.accounts = accounts;
    }

    /** Lists the demo clinics and the fictional providers, verifying and publishing as the demo editor. */
    void seed(List<ClinicView> clinics) {
        if (listings.hasListings()) {
            return;
        }
        Actor editor = accounts.actor(Role.DIRECTORY_EDITOR, DOMAIN);
        LocalDate lookedUp = LocalDate.of(2026, 12, 1);
        ClinicView first = clinics.get(0);
        Listing demo = listings.registerClinic(Actor.system(first.id()), first.id(), new ListingDraft(first.name(),
                ProviderKind.REGENPATH_CLINIC, "Bone marrow and adipose cell injections under ultrasound guidance"
                        + " for knee, hip and spine pain, with follow-up questionnaires at 6 weeks, 3, 6 and 12"
                        + " months that Regenpath records.", "https://demo-clinic.example", "+1 518 555 0100",
                "office@demo-clinic.example", true, 4500, 9000, "Consultation, harvest, processing, one"
                        + " image-guided injection and follow-up visits for a year",
                List.of(new Listing.Location("Main clinic", "25 Eagle Street", "Albany", "NY", "12207", 0, 0)),
                List.of(STEM_CELLS.get(0), STEM_CELLS.get(1), Listing.Treatment.of(TreatmentCategory.PHYSICAL_THERAPY)),
                List.of("knee-oa", "hip-oa", "ddd-lumbar", "rotator-cuff"),
                List.of(new Listing.Physician("Dr. Anna Whitfield", "MD, board certified in Physical Medicine and"
                        + " Rehabilitation", "Regenerative and pain medicine")),
                List.of(new ListingDraft.ClaimDraft(ClaimKind.FDA_HCTP_REGISTRATION, "3012345678"),
                        new ListingDraft.ClaimDraft(ClaimKind.BOARD_CERTIFICATION,
                                "Dr. Anna Whitfield: American Board of Physical Medicine and Rehabilitation"))));
        verifyAndPublish(editor, demo, lookedUp);
        if (clinics.size() > 1) {
            ClinicView second = clinics.get(1);
            Listing other = listings.registerClinic(Actor.system(second.id()), second.id(), new ListingDraft(
                    second.name(), ProviderKind.REGENPATH_CLINIC, "Adipose and bone marrow cell injections for"
                            + " osteoarthritis and tendon injuries.", "https://second-clinic.example",
                    "+1 310 555 0140", null, false, 5000, 10000, "Consultation, procedure and follow-up visits",
                    List.of(new Listing.Location(null, "400 Wilshire Boulevard", "Santa Monica", "CA", "90401", 0,
                            0)), List.of(STEM_CELLS.get(0), STEM_CELLS.get(1)),
                    List.of("knee-oa", "achilles-tendinopathy", "rotator-cuff"), List.of(),
                    List.of(new ListingDraft.ClaimDraft(ClaimKind.FDA_HCTP_REGISTRATION, "3012345679"))));
            verifyAndPublish(editor, other, lookedUp);
        }
        for (int i = 0; i < PROVIDERS.length; i++) {
            Listing listing = listings.register(editor, draft(i));
            boolean verified = i % 2 == 0;
            boolean published = i % 10 != 9;
            if (verified) {
                for (Listing.Claim c : listing.claims()) {
                    editing.verifyClaim(editor, listing.id(), c.id(), lookedUp);
                }
            }
            if (published) {
                editing.publish(editor, listing.id(), true);
            }
        }
    }

    private void verifyAndPublish(Actor editor, Listing listing, LocalDate lookedUp) {
        for (Listing.Claim c : listing.claims()) {
            editing.verifyClaim(editor, listing.id(), c.id(), lookedUp);
        }
        editing.publish(editor, listing.id(), true);
    }

    private static ListingDraft draft(int i) {
        String[] p = PROVIDERS[i];
        boolean practitioner = "P".equals(p[1]);
        boolean biofeedback = p[0].contains("Biofeedback");
        List<Listing.Treatment> treatments = new ArrayList<>();
        if (biofeedback) {
            treatments.add(Listing.Treatment.of(TreatmentCategory.BIOFEEDBACK));
            treatments.add(Listing.Treatment.of(TreatmentCategory.PAIN_CONSULTATION));
        } else {
            treatments.add(STEM_CELLS.get(i % STEM_CELLS.size()));
            if (i % 3 == 0) {
                treatments.add(STEM_CELLS.get((i + 1) % STEM_CELLS.size()));
            }
            treatments.add(Listing.Treatment.of(i % 2 == 0 ? TreatmentCategory.PLATELET_RICH_PLASMA
                    : TreatmentCategory.NERVE_BLOCK));
        }
        List<ListingDraft.ClaimDraft> claims = new ArrayList<>();
        List<Listing.Physician> physicians = new ArrayList<>();
        int comma = p[0].indexOf(',');
        String doctor = comma > 0 ? p[0].substring(0, comma) : "Dr. " + SURNAMES[i % SURNAMES.length];
        physicians.add(new Listing.Physician(doctor, biofeedback ? "LCSW, certified in biofeedback" : "MD",
                comma > 0 ? p[0].substring(comma + 2) : "Pain medicine"));
        if (!biofeedback) {
            claims.add(new ListingDraft.ClaimDraft(ClaimKind.FDA_HCTP_REGISTRATION,
                    i % 4 == 1 ? String.format("%07d", 1_700_000 + i) : String.format("30%08d", 88_000_000 + i)));
            claims.add(new ListingDraft.ClaimDraft(ClaimKind.BOARD_CERTIFICATION, doctor
                    + ": American Board of Anesthesiology, pain medicine"));
        }
        if (i % 7 == 3) {
            claims.add(new ListingDraft.ClaimDraft(ClaimKind.FACT_ACCREDITATION, "Accredited for cellular therapy"
                    + " product processing"));
        }
        if (i % 11 == 5) {
            claims.add(new ListingDraft.ClaimDraft(ClaimKind.IND, "IND " + (19_000 + i * 37)));
        }
        return new ListingDraft(p[0], practitioner ? ProviderKind.PRACTITIONER : ProviderKind.OUTSIDE_CLINIC,
                (biofeedback ? "Biofeedback and pain coaching" : "Cell-based injections and other treatments")
                        + " for chronic pain in " + p[2] + ", " + p[3] + ".",
                "https://" + p[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")
                        .replaceAll("(^-|-$)", "") + ".example",
                "+1 555 01" + String.format("%02d", i), null, "y".equals(p[5]), Integer.valueOf(p[6]),
                Integer.valueOf(p[7]), biofeedback ? "A 50-minute session" : "Consultation, one injection and one"
                        + " follow-up visit",
                List.of(new Listing.Location(null, null, p[2], p[3], p[4], 0, 0)), treatments,
                CONDITIONS.get(i % CONDITIONS.size()), physicians, claims);
    }

    private static final String[] SURNAMES = {"Adler", "Brennan", "Castillo", "Dunmore", "Ellison", "Fairweather",
        "Greer", "Halvorsen", "Ishikawa", "Jablonski", "Kowal", "Lindqvist", "Moreau", "Nakamura", "Okafor"};
}
