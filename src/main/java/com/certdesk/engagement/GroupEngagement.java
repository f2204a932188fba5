package com.certdesk.engagement;

import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.internal.WaveTallies;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement index of groups of people that other features form (agents certified in one month, and agents not
 * yet certified then), over the pulse responses of a span of days: the confidentiality rules hold on these slices as
 * on a wave's teams. A group is used only with at least the threshold respondents, and the groups of one question
 * are disclosed together with {@link SmallGroups} against everyone who responded in the span, so that no smaller
 * group can be worked out from what is returned by subtraction (ADR 011, ADR 012). Only group figures leave this
 * class; nothing in it returns, or lets a caller choose, one person's answers.
 */
@Service
@Transactional(readOnly = true)
public class GroupEngagement {

    private final WaveTallies tallies;
    private final EngagementSettings settings;
    private final OrganizationTime time;

    GroupEngagement(WaveTallies tallies, EngagementSettings settings, OrganizationTime time) {
        this.tallies = tallies;
        this.settings = settings;
        this.time = time;
    }

    /**
     * A group's engagement index: its respondents and the mean, over them, of each one's share of favourable answers
     * (0..1, each person's responses in the span averaged first), with the standard error of that mean.
     */
    public record GroupIndex(long respondents, double mean, double standardError) {
    }

    /** The confidentiality threshold the groups are held to. */
    public int threshold() {
        return settings.threshold();
    }

    /**
     * A training cohort's engagement index against that of the others (e.g. agents not yet trained), and of the
     * cohort's parts (its agents per team), as far as the threshold allows: nothing at all unless the cohort and the
     * others each have at least the threshold respondents and the respondents in neither are none or at least the
     * threshold too (the whole span's figure minus both would tell them); then the cohort's parts as
     * {@link SmallGroups} discloses them within the cohort, so that no part, nor the cohort minus the parts shown, is
     * fewer than the threshold. Every team's question about a cohort is answered from this one disclosure, so asking
     * for each team in turn and for the organization works out no smaller group (ADR 012). Only responses to closed
     * waves count, by the day they were first submitted, so that what a span holds does not change from one day to
     * the next.
     *
     * @param cohort the cohort's people
     * @param parts  disjoint parts of the cohort, in the order that decides between parts of equal size
     * @param others the comparison group, disjoint from the cohort
     * @param from   the first day of the span (organization time)
     * @param to     the day after the span
     * @throws IllegalArgumentException when a part is not within the cohort, parts overlap or the others overlap it
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public <K> CohortIndex<K> indexOfCohort(Set<Long> cohort, SequencedMap<K, Set<Long>> parts, Set<Long> others,
            LocalDate from, LocalDate to) {
        Map<Long, Double> shares = tallies.sharesByPerson(from.atStartOfDay(time.zone()).toInstant(),
                to.atStartOfDay(time.zone()).toInstant(), time.today());
        return disclose(shares, cohort, parts, others, settings.threshold());
    }

    /**
     * What {@link #indexOfCohort} may tell: the cohort's and the others' index (null when nothing may be told) and
     * the parts shown.
     */
    public record CohortIndex<K>(@org.jspecify.annotations.Nullable GroupIndex cohort,
            @org.jspecify.annotations.Nullable GroupIndex others, Map<K, GroupIndex> parts) {

        public CohortIndex {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /** The rule of {@link #indexOfCohort} over each respondent's share (everyone who responded in the span). */
    static <K> CohortIndex<K> disclose(Map<Long, Double> shares, Set<Long> cohort, SequencedMap<K, Set<Long>> parts,
            Set<Long> others, int threshold) {
        Set<Long> seen = new HashSet<>();
        parts.values().forEach(people -> people.forEach(p -> {
            if (!cohort.contains(p) || !seen.add(p)) {
                throw new IllegalArgumentException("Person " + p + " is in two parts or in a part but not the cohort.");
            }
        }));
        if (others.stream().anyMatch(cohort::contains)) {
            throw new IllegalArgumentException("The others and the cohort must be disjoint.");
        }
        GroupIndex trained = index(shares, cohort);
        GroupIndex rest = index(shares, others);
        long elsewhere = shares.size() - trained.respondents() - rest.respondents();
        if (trained.respondents() < threshold || rest.respondents() < threshold
                || (elsewhere > 0 && elsewhere < threshold)) {
            return new CohortIndex<>(null, null, Map.of());
        }
        SequencedMap<K, Long> respondents = new LinkedHashMap<>();
        parts.forEach((k, people) -> respondents.put(k, people.stream().filter(shares::containsKey).count()));
        var disclosure = SmallGroups.disclose(trained.respondents(), respondents, threshold);
        Map<K, GroupIndex> shown = new LinkedHashMap<>();
        parts.forEach((k, people) -> {
            if (disclosure.shows(k)) {
                shown.put(k, index(shares, people));
            }
        });
        return new CohortIndex<>(trained, rest, shown);
    }

    /** The respondents among {@code people}, the mean of their shares and its standard error. */
    private static GroupIndex index(Map<Long, Double> shares, Set<Long> people) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (long person : people) {
            Double share = shares.get(person);
            if (share != null) {
                sum += share;
                squares += share * share;
                n++;
            }
        }
        if (n == 0) {
            return new GroupIndex(0, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double variance = n < 2 ? 0 : Math.max(0, (squares - n * mean * mean) / (n - 1));
        return new GroupIndex(n, mean, Math.sqrt(variance / n));
    }
}
