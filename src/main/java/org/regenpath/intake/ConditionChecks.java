package org.regenpath.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The domain rules a pain condition must satisfy before anything is written, one message per field. Pure: the
 * catalog, today's date and the patient's date of birth are given.
 */
final class ConditionChecks {

    static final int MAX_NOTES = 2000;
    static final int MAX_TREATMENTS = 20;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_WEEKS = 1040;
    static final LocalDate EARLIEST_ONSET = LocalDate.of(1900, 1, 1);

    private final CatalogData catalog;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private ConditionChecks(CatalogData catalog) {
        this.catalog = catalog;
    }

    /** Every problem of the input, by field; empty when it may be saved. */
    static Map<String, String> check(CatalogData catalog, ConditionInput in, LocalDate today, LocalDate born) {
        ConditionChecks checks = new ConditionChecks(catalog);
        checks.condition(in);
        checks.onset(in.onsetDate(), today, born);
        checks.pain(in);
        checks.treatments(in.treatments(), today);
        return checks.errors;
    }

    private void condition(ConditionInput in) {
        if (blank(in.conditionId())) {
            errors.put("conditionId", "Choose the condition");
        }
        CatalogCondition condition = blank(in.conditionId()) ? null : catalog.condition(in.conditionId()).orElse(null);
        if (condition == null && !blank(in.conditionId())) {
            errors.put("conditionId", "Unknown condition '" + in.conditionId() + "'");
        }
        ConditionCode code = code(in.icd10Code(), condition);
        site(in.bodySite(), condition, code);
        side(in.laterality(), condition, code);
        if (in.klGrade() != null && condition != null && !condition.osteoarthritis()) {
            errors.put("klGrade", "The Kellgren-Lawrence grade is for osteoarthritis only; leave it empty");
        }
    }

    private ConditionCode code(String code, CatalogCondition condition) {
        if (blank(code)) {
            errors.put("icd10Code", "Choose the ICD-10-CM code");
            return null;
        }
        CatalogData.RetiredCode retired = catalog.retired().get(code);
        if (retired != null) {
            errors.put("icd10Code", code + " was retired in " + retired.retiredIn() + "; use "
                    + String.join(", ", retired.replacedBy()));
            return null;
        }
        if (condition == null) {
            return null;
        }
        ConditionCode found = condition.code(code).orElse(null);
        if (found == null) {
            String owner = catalog.conditionOfCode(code).map(CatalogCondition::display).orElse(null);
            errors.put("icd10Code", owner == null
                    ? code + " is not one of the codes for " + condition.display()
                    : code + " is a code for " + owner + ", not " + condition.display());
        }
        return found;
    }

    private void site(String site, CatalogCondition condition, ConditionCode code) {
        if (blank(site)) {
            errors.put("bodySite", "Choose the body site");
        } else if (!catalog.sites().containsKey(site)) {
            errors.put("bodySite", "Unknown body site '" + site + "'");
        } else if (condition != null && !condition.allowsSite(site)) {
            errors.put("bodySite", catalog.sites().get(site).display() + " does not fit " + condition.display()
                    + "; choose " + condition.bodySites().stream().map(BodySite::display)
                            .collect(Collectors.joining(" or ")));
        } else if (code != null && !code.fits(site)) {
            errors.put("bodySite", code.code() + " is a code for the " + code.bodySites().stream()
                    .map(s -> catalog.sites().get(s).display().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or ")) + ", not the "
                    + catalog.sites().get(site).display().toLowerCase(Locale.ROOT));
        }
    }

    private void side(Laterality side, CatalogCondition condition, ConditionCode code) {
        if (side == null) {
            errors.put("laterality", "Choose the side");
            return;
        }
        if (condition == null) {
            return;
        }
        if (condition.lateralityApplies() && side == Laterality.NOT_APPLICABLE) {
            errors.put("laterality", "Choose left, right or both sides for " + condition.display());
        } else if (!condition.lateralityApplies() && side != Laterality.NOT_APPLICABLE) {
            errors.put("laterality", "A side does not apply to " + condition.display() + "; choose Not applicable");
        } else if (code != null && code.hasLaterality() && code.laterality() != side) {
            List<String> matching = condition.codes().stream()
                    .filter(c -> c.laterality() == side)
                    .map(ConditionCode::code)
                    .toList();
            errors.put("icd10Code", code.code() + " is the " + word(code.laterality()) + " code; "
                    + (matching.isEmpty()
                            ? "there is no " + word(side) + " code for " + condition.display()
                                    + ", so record each side as its own condition"
                            : "for " + word(side) + " use " + String.join(" or ", matching)));
        }
    }

    private void onset(LocalDate onset, LocalDate today, LocalDate born) {
        if (onset == null) {
            errors.put("onsetDate", "Enter when the pain began");
        } else if (onset.isAfter(today)) {
            errors.put("onsetDate", "Cannot be in the future");
        } else if (onset.isBefore(EARLIEST_ONSET)) {
            errors.put("onsetDate", "Check the year: before 1900");
        } else if (born != null && onset.isBefore(born)) {
            errors.put("onsetDate", "Before the patient's date of birth");
        }
    }

    private void pain(ConditionInput in) {
        if (in.baselineNrs() == null) {
            errors.put("baselineNrs", "Enter the baseline pain, 0 to 10");
        } else if (in.baselineNrs() < 0 || in.baselineNrs() > 10) {
            errors.put("baselineNrs", "Pain is scored 0 to 10 (NRS-11)");
        }
        if (in.klGrade() != null && (in.klGrade() < 0 || in.klGrade() > 4)) {
            errors.put("klGrade", "The Kellgren-Lawrence grade is 0 to 4");
        }
        if (in.notes() != null && in.notes().length() > MAX_NOTES) {
            errors.put("notes", "At most " + MAX_NOTES + " characters");
        }
    }

    private void treatments(List<TreatmentInput> treatments, LocalDate today) {
        if (treatments == null) {
            return;
        }
        if (treatments.size() > MAX_TREATMENTS) {
            errors.put("treatments", "At most " + MAX_TREATMENTS + " treatments");
            return;
        }
        for (int i = 0; i < treatments.size(); i++) {
            TreatmentInput t = treatments.get(i);
            String at = "treatments[" + i + "].";
            if (t == null) {
                errors.put("treatments[" + i + "]", "Empty treatment");
                continue;
            }
            if (t.category() == null) {
                errors.put(at + "category", "Choose the kind of treatment");
            }
            if (t.description() != null && t.description().length() > MAX_DESCRIPTION) {
                errors.put(at + "description", "At most " + MAX_DESCRIPTION + " characters");
            }
            if (t.durationWeeks() == null) {
                errors.put(at + "durationWeeks", "Enter how many weeks");
            } else if (t.durationWeeks() < 0 || t.durationWeeks() > MAX_WEEKS) {
                errors.put(at + "durationWeeks", "0 to " + MAX_WEEKS + " weeks (20 years)");
            }
            if (t.response() == null) {
                errors.put(at + "response", "Choose how it worked");
            }
            dates(t, at, today);
            injectionSite(t, at);
        }
    }

    private void dates(TreatmentInput t, String at, LocalDate today) {
        if (t.startDate() != null && (t.startDate().isAfter(today) || t.startDate().isBefore(EARLIEST_ONSET))) {
            errors.put(at + "startDate", "Between 1900 and today");
        }
        if (t.lastDate() == null) {
            if (t.category() != null && t.category().needsDateAndSite()) {
                errors.put(at + "lastDate", "Enter the date of the last " + t.category().label().toLowerCase(Locale.ROOT)
                        + ": a corticosteroid at the target site delays cell therapy");
            }
        } else if (t.lastDate().isAfter(today) || t.lastDate().isBefore(EARLIEST_ONSET)) {
            errors.put(at + "lastDate", "Between 1900 and today");
        } else if (t.startDate() != null && t.startDate().isAfter(t.lastDate())) {
            errors.put(at + "lastDate", "Cannot be before the start date");
        }
    }

    private void injectionSite(TreatmentInput t, String at) {
        if (t.category() == null) {
            return;
        }
        if (blank(t.injectionSite())) {
            if (t.category().needsDateAndSite()) {
                errors.put(at + "injectionSite", "Choose the body site injected");
            }
        } else if (!t.category().injection()) {
            errors.put(at + "injectionSite", "Only an injection has a site injected; leave it empty");
        } else if (!catalog.sites().containsKey(t.injectionSite())) {
            errors.put(at + "injectionSite", "Unknown body site '" + t.injectionSite() + "'");
        }
    }

    private static String word(Laterality side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
