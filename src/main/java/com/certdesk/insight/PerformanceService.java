package com.certdesk.insight;

import com.certdesk.base.OrganizationTime;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.CertificateService;
import com.certdesk.engagement.MyPulse;
import com.certdesk.engagement.PulseService;
import com.certdesk.feedback.CustomerComment;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My performance: an agent's feedback figures per month next to their training, for the agent themself, their
 * manager, HR and administrators. Who may see the person decides (PeopleDirectory); the figures service decides on
 * figures and on comments (only the agent and their manager read comments). The agent's own pulse answers
 * ({@link #myEngagement()}) are for the agent alone: no method here takes a user id and returns them.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceService {

    /** How many months the page covers, the current one included. */
    public static final int MONTHS = 12;
    /** How many of the latest comments the page shows. */
    public static final int COMMENTS = 10;

    private final FeedbackFigures figures;
    private final LearningService learning;
    private final CertificateService certificates;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final OrganizationTime time;
    private final PulseService pulses;
    private final com.certdesk.engagement.ImportedScores importedScores;

    PerformanceService(FeedbackFigures figures, LearningService learning, CertificateService certificates,
            PeopleDirectory people, CurrentUser currentUser, OrganizationTime time, PulseService pulses,
            com.certdesk.engagement.ImportedScores importedScores) {
        this.figures = figures;
        this.learning = learning;
        this.certificates = certificates;
        this.people = people;
        this.currentUser = currentUser;
        this.time = time;
        this.pulses = pulses;
        this.importedScores = importedScores;
    }

    /** The caller's own performance. */
    @PreAuthorize(Roles.IS_AGENT)
    public AgentPerformance mine() {
        return of(currentUser.id());
    }

    /**
     * One agent's performance; refused ({@link org.springframework.security.access.AccessDeniedException}) unless the
     * caller may see that agent, not found ({@link com.certdesk.base.NotFoundException}) for an unknown id.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public AgentPerformance of(long userId) {
        UserSummary person = people.person(userId);
        LocalDate from = firstMonth();
        LocalDate to = from.plusMonths(MONTHS);
        FigureScope agent = FigureScope.agent(userId);
        PeriodFigures overall = figures.figures(agent, from, to);
        List<PeriodFigures> months = figures.trend(agent, Granularity.MONTH, from, to);
        List<PeriodFigures> teamMonths = person.teamId() == null ? List.of()
                : figures.trend(FigureScope.team(person.teamId()), Granularity.MONTH, from, to);
        boolean commentsVisible = figures.canReadComments(userId);
        List<CustomerComment> comments = commentsVisible ? figures.latestComments(userId, COMMENTS) : List.of();
        return new AgentPerformance(person, from, to, figures.minimumResponses(), overall, months,
                person.teamName(), teamMonths, events(userId, from, to), commentsVisible, comments);
    }

    /**
     * The caller's own answers to pulse surveys in the page's months, from {@link PulseService#mine()}: their own
     * engagement index and eNPS answer per wave they answered (a wave still open included: they may still change
     * it). Only ever the caller's, as its name says; managers and HR get figures of groups from the engagement
     * results, never these.
     */
    @PreAuthorize(Roles.IS_AGENT)
    public MyEngagement myEngagement() {
        LocalDate from = firstMonth();
        LocalDate to = from.plusMonths(MONTHS);
        List<MyPulse> answered = pulses.mine().stream().filter(MyPulse::answered).toList();
        List<MyPulse> inRange = answered.stream()
                .filter(p -> !p.wave().opensOn().isBefore(from) && p.wave().opensOn().isBefore(to))
                .sorted(Comparator.comparing((MyPulse p) -> p.wave().opensOn()).thenComparingLong(p -> p.wave().id()))
                .toList();
        int earlier = (int) answered.stream().filter(p -> p.wave().opensOn().isBefore(from)).count();
        return new MyEngagement(inRange, earlier, importedScores.mine());
    }

    /** The first day of the page's earliest month: the current month and the {@code MONTHS - 1} before it. */
    private LocalDate firstMonth() {
        return time.today().withDayOfMonth(1).minusMonths(MONTHS - 1);
    }

    private List<TrainingEvent> events(long userId, LocalDate from, LocalDate to) {
        List<TrainingEvent> events = new ArrayList<>();
        learning.completedModules(userId).forEach(m -> events.add(new TrainingEvent(time.dayOf(m.completedAt()),
                TrainingEvent.Kind.MODULE_COMPLETED, m.title())));
        certificates.of(userId).stream().filter(c -> !c.revoked()).forEach(c -> events.add(
                new TrainingEvent(c.issuedOn(), TrainingEvent.Kind.CERTIFICATE_ISSUED, c.programName())));
        return events.stream().filter(e -> !e.day().isBefore(from) && e.day().isBefore(to))
                .sorted(Comparator.comparing(TrainingEvent::day).thenComparing(TrainingEvent::kind)).toList();
    }
}
