package org.regenpath.intake;

import java.time.LocalDate;

/**
 * Whether a pain condition is chronic: pain for three months or more (IASP classification of chronic pain for
 * ICD-11, MG30; Treede et al., Pain 2019;160:19-27). The condition qualifies on the onset date plus three months,
 * counted in calendar months ({@link LocalDate#plusMonths}: 30 November plus three months is 28 or 29 February);
 * on that day itself it is chronic.
 *
 * @param chronic whether the condition is chronic today
 * @param qualifiesOn the day it became, or will become, chronic
 */
public record Chronicity(boolean chronic, LocalDate qualifiesOn) {

    /** The IASP threshold, in months. */
    public static final int IASP_MONTHS = 3;

    public static Chronicity of(LocalDate onset, LocalDate today) {
        return of(onset, today, IASP_MONTHS);
    }

    static Chronicity of(LocalDate onset, LocalDate today, int months) {
        LocalDate qualifies = onset.plusMonths(months);
        return new Chronicity(!today.isBefore(qualifies), qualifies);
    }
}
