package com.certdesk.insight;

import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.GroupEngagement;
import com.certdesk.engagement.GroupEngagement.GroupIndex;
import com.certdesk.insight.internal.ImpactEstimator;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Training impact page's engagement index: the staggered comparison of {@link TrainingImpactService} over the
 * same monthly cohorts and calendar windows, computed from group figures only ({@link GroupEngagement}), never from
 * a person's answers. Per cohort, its agents (split by team, every team) and the agents not yet certified are one
 * question to {@link GroupEngagement#indexOfCohort}, before and after: the organization's answer uses the cohort's
 * figure, a team's its part, each only where the threshold and the protection against subtraction allow it, else
 * the cohort is left out and counted as such. The interval is conservative: each cohort's from the four groups' standard
 * errors as if independent (the same people before and after correlate positively, which would narrow it), and the
 * cohorts' combined as if perfectly correlated (their comparison groups overlap). ADR 012.
 */
@Service
@Transactional(readOnly = true)
public class EngagementImpactService {

    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private final TrainingImpactService impact;
    private final GroupEngagement engagement;
    private final PeopleDirectory people;
    private final OrganizationTime time;

    EngagementImpactService(TrainingImpactService impact, GroupEngagement engagement, PeopleDirectory people,
            OrganizationTime time) {
        this.impact = impact;
        this.engagement = engagement;
        this.people = people;
        this.time = time;
    }

    /**
     * @param module  whether {@code trainingId} is a module (its completion) rather than a program (its certificate)
     * @param teamId  the team whose trained agents are compared, or null for the organization (HR and administrators)
     * @throws com.certdesk.base.NotFoundException as {@link TrainingImpactService#impact}
     * @throws org.springframework.security.access.AccessDeniedException as {@link TrainingImpactService#impact}
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public EngagementImpact impact(long trainingId, boolean module, @Nullable Long teamId) {
        TeamSummary team = impact.scopeOf(teamId);
        TrainingImpactService.Trained trained = impact.trained(trainingId, module);
        ImpactEstimator.Windows w = impact.windows();
        LocalDate dataEnd = time.today().minusDays(1);
        Map<Long, Long> teamOf = new java.util.HashMap<>();
        Set<Long> agents = new HashSet<>();
        // every active agent with their team, whoever asks: each question about a cohort is answered from the same
        // disclosure of its parts by team (only group figures leave GroupEngagement)
        com.certdesk.security.SystemAuthentication.callAsSystem(people::activeAgentsAndTeams).forEach(a -> {
            agents.add(a.userId());
            if (a.teamId() != null) {
                teamOf.put(a.userId(), a.teamId());
            }
        });
        agents.addAll(trained.on().keySet());
        Map<YearMonth, List<Long>> cohorts = new TreeMap<>();
        trained.on().forEach((agent, day) -> cohorts.computeIfAbsent(YearMonth.from(day), k -> new ArrayList<>())
                .add(agent));
        int used = 0;
        int withheld = 0;
        long treatedResponses = 0;
        long controlResponses = 0;
        double weights = 0;
        double sum = 0;
        double errors = 0;
        for (Map.Entry<YearMonth, List<Long>> cohort : cohorts.entrySet()) {
            YearMonth g = cohort.getKey();
            LocalDate preFrom = w.preFrom(g);
            LocalDate preTo = w.preTo(g);
            LocalDate postFrom = w.postFrom(g);
            LocalDate postTo = w.postTo(g);
            if (postTo.isAfter(dataEnd.plusDays(1))) {
                continue;
            }
            Set<Long> members = new HashSet<>(cohort.getValue());
            // the cohort's parts by team, every team: each team's question is answered from the same disclosure
            LinkedHashMap<Long, Set<Long>> parts = new LinkedHashMap<>();
            for (long agent : members) {
                Long t = teamOf.get(agent);
                if (t != null) {
                    parts.computeIfAbsent(t, k -> new HashSet<>()).add(agent);
                }
            }
            Set<Long> others = new HashSet<>();
            for (long agent : agents) {
                LocalDate on = trained.on().get(agent);
                if (!members.contains(agent) && (on == null || !on.isBefore(postTo))) {
                    others.add(agent);
                }
            }
            var before = engagement.indexOfCohort(members, parts, others, preFrom, preTo);
            var after = engagement.indexOfCohort(members, parts, others, postFrom, postTo);
            GroupIndex tb = team == null ? before.cohort() : before.parts().get(team.id());
            GroupIndex ta = team == null ? after.cohort() : after.parts().get(team.id());
            GroupIndex cb = before.others();
            GroupIndex ca = after.others();
            if (team != null && !parts.containsKey(team.id())) {
                continue;
            }
            if (tb == null || ta == null || cb == null || ca == null) {
                withheld++;
                continue;
            }
            double effect = (ta.mean() - tb.mean()) - (ca.mean() - cb.mean());
            double se = Math.sqrt(sq(ta.standardError()) + sq(tb.standardError()) + sq(ca.standardError())
                    + sq(cb.standardError()));
            double weight = 2.0 / (1.0 / ta.respondents() + 1.0 / tb.respondents());
            weights += weight;
            sum += weight * effect;
            errors += weight * se;
            used++;
            treatedResponses += ta.respondents() + tb.respondents();
            controlResponses += ca.respondents() + cb.respondents();
        }
        List<String> missing = new ArrayList<>();
        TrainingImpact.Effect effect = null;
        if (used == 0) {
            missing.add(withheld == 0 ? "no cohort of trained agents whose " + w.postDays() + " days after training "
                    + "have ended yet" : withheld + " cohort" + (withheld == 1 ? "" : "s") + " of trained agents, "
                    + "but none with at least " + engagement.threshold() + " respondents among the trained"
                    + (team == null ? "" : " of this team (who can be told apart from the month's other teams)")
                    + " and among the others in pulse waves closed in both windows: fewer are never shown, to keep "
                    + "answers confidential");
        } else {
            double estimate = 100 * sum / weights;
            double half = 100 * Z95 * errors / weights;
            effect = new TrainingImpact.Effect(estimate, estimate - half, estimate + half);
        }
        return new EngagementImpact(trained.name(), team, dataEnd, w.preDays(), w.washoutDays(), w.postDays(),
                engagement.threshold(), effect, used, withheld, treatedResponses, controlResponses, missing, module);
    }

    private static double sq(double x) {
        return x * x;
    }
}
