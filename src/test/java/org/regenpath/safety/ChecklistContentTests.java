package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;

/**
 * The shipped checklist: asked on day 2, 7 and 30, every item a question a patient can answer, reporting one of the
 * term keys the adverse event catalog must hold, and the harvest-site items only after a marrow or fat harvest.
 */
class ChecklistContentTests {

    /** The term keys the safety helpers agreed the adverse event term catalog holds. */
    static final List<String> CATALOG_KEYS = List.of("injection-site-pain", "injection-site-swelling",
            "injection-site-irritation", "reduced-range-of-motion", "fever", "donor-site-pain",
            "donor-site-haematoma", "nausea", "abdominal-pain", "injection-site-infection", "systemic-infection",
            "neoplasm", "other");

    final ChecklistContent content = ChecklistContent.load();

    @Test
    void isAskedOnDayTwoSevenAndThirtyWithAVersion() {
        assertThat(content.days()).containsExactly(2, 7, 30);
        assertThat(content.version()).isNotBlank();
    }

    @Test
    void everyItemReportsAnAgreedTermAsAPlainQuestion() {
        assertThat(content.items()).allSatisfy(i -> {
            assertThat(CATALOG_KEYS).contains(i.term());
            assertThat(i.question()).endsWith("?").doesNotContain("TODO", "#");
        });
        assertThat(content.items()).extracting(ChecklistContent.Line::term).contains("injection-site-swelling",
                "injection-site-pain", "reduced-range-of-motion", "fever", "nausea", "abdominal-pain");
    }

    @Test
    void harvestSiteItemsAreAskedOnlyAfterAMarrowOrFatHarvest() {
        assertThat(content.harvestSources()).containsExactlyInAnyOrder(CellSource.AUTOLOGOUS_BONE_MARROW,
                CellSource.AUTOLOGOUS_ADIPOSE);
        assertThat(content.items(true)).extracting(ChecklistContent.Line::site).contains(ChecklistSite.HARVEST);
        assertThat(content.items(false)).extracting(ChecklistContent.Line::site)
                .doesNotContain(ChecklistSite.HARVEST);
        assertThat(content.items(false)).hasSizeLessThan(content.items(true).size());
    }
}
