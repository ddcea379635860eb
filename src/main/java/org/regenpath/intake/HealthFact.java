package org.regenpath.intake;

/**
 * The comorbidities and medicines candidacy screening asks about. The ASA examples follow the ASA Physical Status
 * Classification System (American Society of Anesthesiologists, last amended 13 December 2020).
 */
public enum HealthFact {
    ACTIVE_INFECTION("Active infection",
            "Systemic infection, or infection at a planned harvest or injection site (skin, joint, bone)."),
    ACTIVE_MALIGNANCY("Active cancer or current cancer treatment",
            "Cancer not in remission, or chemotherapy, radiotherapy or immunotherapy now."),
    CANCER_HISTORY("History of cancer, now in remission", "Any earlier cancer that is now in remission."),
    ASA_IV_OR_HIGHER("Severe systemic disease (ASA physical status IV or higher)",
            "A constant threat to life, e.g. heart attack, stroke or stent in the last 3 months, ongoing cardiac"
                    + " ischaemia, severe valve disease, sepsis, end-stage renal disease without regular dialysis."),
    ASA_III("Significant systemic disease (ASA physical status III)",
            "Substantive functional limitation, e.g. poorly controlled diabetes or hypertension, COPD, BMI 40 or"
                    + " more, dialysis, heart attack or stroke more than 3 months ago."),
    ANTICOAGULANT("Anticoagulant or antiplatelet medicine",
            "E.g. warfarin, apixaban, rivaroxaban, dabigatran, heparin, clopidogrel, aspirin."),
    BLEEDING_DISORDER("Bleeding disorder or low platelet count",
            "E.g. haemophilia, von Willebrand disease, thrombocytopenia."),
    PREGNANT_OR_BREASTFEEDING("Pregnant or breastfeeding", "Pregnant, possibly pregnant, or breastfeeding now."),
    IMMUNOSUPPRESSION("Systemic immunosuppression",
            "Including systemic corticosteroids, methotrexate, biologics and transplant medicines."),
    LOCAL_ANAESTHETIC_ALLERGY("Allergy to local anaesthetic",
            "Harvest and injection are done under local anaesthesia."),
    PROSTHETIC_JOINT_AT_SITE("Joint replacement at a site to be injected",
            "A prosthetic (replaced) joint where the cells would be injected."),
    CURRENT_NSAID("Takes anti-inflammatory painkillers (NSAIDs) now",
            "E.g. ibuprofen, naproxen, diclofenac, celecoxib, taken by mouth."),
    DIABETES("Diabetes", "Type 1 or type 2 diabetes; record the latest HbA1c below.");

    private final String label;
    private final String hint;

    HealthFact(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
