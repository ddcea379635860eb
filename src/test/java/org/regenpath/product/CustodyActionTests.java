package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustodyActionTests {

    @Test
    void theMenuOffersExactlyTheStepsTheStateAllows() {
        for (ProductState state : ProductState.values()) {
            for (CustodyAction action : CustodyAction.values()) {
                assertThat(CustodyAction.availableFrom(state).contains(action))
                        .as(state + " offers " + action).isEqualTo(state.allows(action.step()));
            }
        }
        assertThat(CustodyAction.availableFrom(ProductState.COLLECTED))
                .containsExactly(CustodyAction.PROCESS, CustodyAction.QUARANTINE, CustodyAction.DISCARD);
        assertThat(CustodyAction.availableFrom(ProductState.ADMINISTERED)).isEmpty();
    }
}
