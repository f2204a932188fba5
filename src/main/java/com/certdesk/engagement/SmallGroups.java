package com.certdesk.engagement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;

/**
 * Which figures of a whole (an organization, a wave) and of the disjoint groups it is made of (its teams) may be
 * shown, so that no group of fewer than {@code threshold} respondents can be seen or worked out by subtraction.
 *
 * <p>A group below the threshold is hidden. That alone is not enough: the whole minus the groups shown is the sum of
 * the hidden ones (and of respondents in no group), so when that rest is above zero but below the threshold, the
 * smallest groups shown are hidden too, until the rest reaches the threshold. The rest may then be shown as one
 * rolled-up figure ("other teams"): it is the whole minus the groups shown, so it tells nothing new. A whole below
 * the threshold hides everything.
 */
public final class SmallGroups {

    /** No group may be smaller than this, whatever the setting. */
    public static final int LOWEST_THRESHOLD = 3;

    private SmallGroups() {
    }

    /**
     * What may be shown.
     *
     * @param wholeShown whether the whole's figures may be shown
     * @param shown      the groups whose figures may be shown, in the order given
     * @param hidden     the groups that must not be shown, in the order given
     * @param rest       respondents in hidden groups or in none: 0, or at least the threshold when the whole is shown
     */
    public record Disclosure<K>(boolean wholeShown, Set<K> shown, Set<K> hidden, long rest) {

        public boolean shows(K group) {
            return shown.contains(group);
        }
    }

    /**
     * @param whole     respondents in the whole, those in no group included (at least the sum of the groups)
     * @param groups    respondents per group, disjoint; the order decides between groups of equal size
     * @param threshold the smallest group that may be shown, at least {@value #LOWEST_THRESHOLD}
     */
    public static <K> Disclosure<K> disclose(long whole, SequencedMap<K, Long> groups, int threshold) {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalArgumentException("The confidentiality threshold is " + threshold + "; it may not be "
                    + "below " + LOWEST_THRESHOLD + ".");
        }
        long sum = groups.values().stream().mapToLong(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("A group cannot have " + n + " respondents.");
            }
            return n;
        }).sum();
        if (whole < sum) {
            throw new IllegalArgumentException("The whole (" + whole + ") is smaller than its groups (" + sum + ").");
        }
        if (whole < threshold) {
            return new Disclosure<>(false, Set.of(), readOnly(groups.sequencedKeySet()), whole);
        }
        Map<K, Long> shown = new LinkedHashMap<>();
        long rest = whole - sum;
        for (Map.Entry<K, Long> group : groups.entrySet()) {
            if (group.getValue() >= threshold) {
                shown.put(group.getKey(), group.getValue());
            } else {
                rest += group.getValue();
            }
        }
        if (rest > 0 && rest < threshold) {
            // the smallest first (the earliest of equal ones), until the rest can be shown
            List<Map.Entry<K, Long>> bySize = new ArrayList<>(shown.entrySet());
            bySize.sort(Comparator.comparingLong(Map.Entry::getValue));
            for (Map.Entry<K, Long> group : bySize) {
                shown.remove(group.getKey());
                rest += group.getValue();
                if (rest >= threshold) {
                    break;
                }
            }
        }
        Set<K> hidden = new LinkedHashSet<>(groups.sequencedKeySet());
        hidden.removeAll(shown.keySet());
        return new Disclosure<>(true, readOnly(shown.keySet()), readOnly(hidden), rest);
    }

    private static <K> Set<K> readOnly(Set<K> keys) {
        return Collections.unmodifiableSequencedSet(new LinkedHashSet<>(keys));
    }
}
