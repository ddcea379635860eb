package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.InvalidInput;

/** Every item answered, a severity with every "yes" and none with a "no"; each problem names the item. */
class ChecklistAnswerRulesTests {

    static final List<ChecklistContent.Line> LINES = ChecklistContent.load().items(true);

    static List<ChecklistAnswers.Item> allNo() {
        List<ChecklistAnswers.Item> out = new ArrayList<>();
        LINES.forEach(l -> out.add(new ChecklistAnswers.Item(l.id(), false, null)));
        return out;
    }

    @Test
    void answersComeBackInTheChecklistsOrderWithTheirTerms() {
        List<ChecklistAnswers.Item> in = new ArrayList<>(allNo());
        java.util.Collections.reverse(in);
        in.set(0, new ChecklistAnswers.Item(in.get(0).item(), true, ProblemSeverity.MODERATE));

        List<ChecklistStore.Answer> out = ChecklistAnswerRules.check(LINES, new ChecklistAnswers(in));

        assertThat(out).extracting(ChecklistStore.Answer::itemId)
                .containsExactlyElementsOf(LINES.stream().map(ChecklistContent.Line::id).toList());
        assertThat(out.get(out.size() - 1).yes()).isTrue();
        assertThat(out.get(out.size() - 1).severity()).isEqualTo(ProblemSeverity.MODERATE);
        assertThat(out.get(out.size() - 1).term()).isEqualTo(LINES.get(LINES.size() - 1).term());
    }

    @Test
    void aYesWithoutASeverityIsRefusedNamingTheItem() {
        List<ChecklistAnswers.Item> in = new ArrayList<>(allNo());
        in.set(1, new ChecklistAnswers.Item("injection-swelling", true, null));

        assertThatThrownBy(() -> ChecklistAnswerRules.check(LINES, new ChecklistAnswers(in)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(org.assertj.core.api.Assertions.entry("injection-swelling",
                                "Choose how bad it is.")));
    }

    @Test
    void anItemLeftOutIsRefusedNamingIt() {
        List<ChecklistAnswers.Item> in = new ArrayList<>(allNo());
        in.remove(0);
        in.set(0, new ChecklistAnswers.Item(in.get(0).item(), null, null));

        assertThatThrownBy(() -> ChecklistAnswerRules.check(LINES, new ChecklistAnswers(in)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(LINES.get(0).id(), LINES.get(1).id())
                        .containsValue("Answer yes or no."));
    }

    @Test
    void aNoWithASeverityAnUnknownItemAndAnItemTwiceAreRefused() {
        List<ChecklistAnswers.Item> in = new ArrayList<>(allNo());
        in.set(0, new ChecklistAnswers.Item(LINES.get(0).id(), false, ProblemSeverity.MILD));
        in.add(new ChecklistAnswers.Item("headache", true, ProblemSeverity.MILD));
        in.add(new ChecklistAnswers.Item(LINES.get(2).id(), false, null));

        assertThatThrownBy(() -> ChecklistAnswerRules.check(LINES, new ChecklistAnswers(in)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(LINES.get(0).id(), "answers", LINES.get(2).id()));
    }

    @Test
    void nothingSentNamesEveryItem() {
        assertThatThrownBy(() -> ChecklistAnswerRules.check(LINES, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).hasSize(LINES.size()));
    }
}
