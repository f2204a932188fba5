package com.certdesk.insight.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.NegativeRatings;
import com.certdesk.feedback.RatingRules;
import com.certdesk.insight.SignalKind;
import com.certdesk.insight.SkillSignalMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How customers' negative ratings become signals for skill areas, a pure rule: a REASON mapping counts the negative
 * ratings whose reason is the mapping's (whole, case and spaces ignored: {@link RatingRules#reasonKey}), a
 * LOW_SCORE mapping every negative rating of its measure. A rating counts at most once per area, however many of
 * the area's mappings it matches (a low CES whose reason also points at low-effort service is one signal there),
 * but it may count for several areas.
 */
public final class SkillSignals {

    private final Map<Measure, Set<SkillArea>> byMeasure = new EnumMap<>(Measure.class);
    private final Map<String, Set<SkillArea>> byReason = new HashMap<>();

    public SkillSignals(List<SkillSignalMapping> mappings) {
        for (SkillSignalMapping m : mappings) {
            if (m.kind() == SignalKind.LOW_SCORE) {
                byMeasure.computeIfAbsent(Objects.requireNonNull(m.measure()), k -> EnumSet.noneOf(SkillArea.class))
                        .add(m.skillArea());
            } else {
                String key = RatingRules.reasonKey(m.reason());
                if (key != null) {
                    byReason.computeIfAbsent(key, k -> EnumSet.noneOf(SkillArea.class)).add(m.skillArea());
                }
            }
        }
    }

    /** The signals per area in one agent's negative ratings (areas without any are left out). */
    public Map<SkillArea, Long> count(NegativeRatings ratings) {
        Map<SkillArea, Long> counts = new EnumMap<>(SkillArea.class);
        for (NegativeRatings.Group group : ratings.negative()) {
            // each group is a distinct set of ratings: the union of its areas counts each of them once per area
            Set<SkillArea> areas = EnumSet.noneOf(SkillArea.class);
            areas.addAll(byMeasure.getOrDefault(group.measure(), Set.of()));
            if (group.reason() != null) {
                areas.addAll(byReason.getOrDefault(group.reason(), Set.of()));
            }
            for (SkillArea area : areas) {
                counts.merge(area, group.count(), Long::sum);
            }
        }
        return counts;
    }

    /** The areas with at least {@code minimum} signals, most signals first (ties in the catalog's order). */
    public static List<Map.Entry<SkillArea, Long>> ranked(Map<SkillArea, Long> counts, int minimum) {
        List<Map.Entry<SkillArea, Long>> ranked = new ArrayList<>();
        counts.forEach((area, n) -> {
            if (n >= minimum) {
                ranked.add(Map.entry(area, n));
            }
        });
        ranked.sort(Comparator.comparing((Map.Entry<SkillArea, Long> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        return ranked;
    }
}
