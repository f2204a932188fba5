package com.certdesk.feedback;

import com.certdesk.base.ValidationException;
import java.util.List;

/** A batch of ratings (API, connector page) with bad items: nothing of it was stored; every item's problems listed. */
public class RatingsRejectedException extends ValidationException {

    private final List<ItemProblem> problems;

    public RatingsRejectedException(List<ItemProblem> problems) {
        super(problems.size() + " of the ratings cannot be stored; nothing was stored");
        this.problems = List.copyOf(problems);
    }

    public List<ItemProblem> problems() {
        return problems;
    }

    /** The problems of the item at {@code index} (0-based) of the batch. */
    public record ItemProblem(int index, List<String> reasons) {
    }
}
