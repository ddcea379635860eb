package org.regenpath.intake.web;

import java.util.List;
import java.util.function.Function;

/** What the API's response types share: mapping a list of module records, keeping a missing list missing. */
final class Responses {

    private Responses() {}

    /** Each item mapped, in order; {@code null} when the list is {@code null}, so the JSON still reads null. */
    static <A, B> List<B> each(List<A> items, Function<? super A, ? extends B> map) {
        return items == null ? null : items.stream().<B>map(map).toList();
    }
}
