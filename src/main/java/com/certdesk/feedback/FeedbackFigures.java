package com.certdesk.feedback;

import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The figures other features show, read from the agent x day rollup (never from raw ratings). Days are calendar
 * days in the organization's time zone ({@code certdesk.organization.time-zone}); ranges are [from, to). Figures
 * below the minimum sample size ({@code certdesk.feedback.minimum-responses}, default 10) carry no number.
 *
 * <p>Who may see what: an agent their own figures and those of their current team; a manager the teams they manage
 * and those teams' agents; HR and administrators everything, and the organization as a whole. Comments are
 * stricter (SPEC privacy rule): only the agent themself and their manager, never HR or administrators as such.
 */
public interface FeedbackFigures {

    /** The minimum n below which figures read "too few responses". */
    int minimumResponses();

    /** The three figures of the scope over [from, to). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    PeriodFigures figures(FigureScope scope, LocalDate from, LocalDate to);

    /**
     * One entry per calendar period (week, month or quarter) overlapping [from, to), oldest first, also those without
     * ratings (n = 0), so charts keep a regular time axis. The first and last period are whole periods.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    List<PeriodFigures> trend(FigureScope scope, Granularity granularity, LocalDate from, LocalDate to);

    /** The figures of each of these agents over [from, to), in one query; agents without ratings get n = 0. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    Map<Long, PeriodFigures> perAgent(Collection<Long> userIds, LocalDate from, LocalDate to);

    /**
     * Every agent's ratings of the measure per day over [from, to), in one channel when given (null: all), for
     * analyses that show aggregates over several agents only, never one agent's figure (training impact compares
     * certified agents with the rest of the organization). Managers, HR and administrators.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    Map<Long, AgentDays> dailyByAgent(Measure measure, LocalDate from, LocalDate to, @Nullable String channel);

    /**
     * A number that changes whenever the stored ratings do (an import, a deletion, a connector's sync), on every node:
     * a figure computed from them may be kept until it changes.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    long dataVersion();

    /** As {@link #dailyByAgent}, per channel ("" for ratings without one), for analyses within channel. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    Map<String, Map<Long, AgentDays>> dailyByChannelAndAgent(Measure measure, LocalDate from, LocalDate to);

    /**
     * For each of these agents, their answered ratings over [from, to) and their negative ratings per measure and
     * reason ({@link NegativeRatings}), in two grouped queries per 500 agents, whatever the number of ratings;
     * agents without ratings get {@link NegativeRatings#none}. For training suggestions: managers for their teams'
     * agents, HR and administrators for anyone. No comment and no rating is returned, only counts.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    Map<Long, NegativeRatings> negativeRatings(Collection<Long> userIds, LocalDate from, LocalDate to);

    /** Channels that have ratings in the scope (without its channel), most used first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    List<String> channels(FigureScope scope);

    /** The latest comments customers wrote about this agent, newest first: only for the agent and their manager. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    List<CustomerComment> latestComments(long userId, int limit);

    /** Whether the caller may read this agent's comments (the agent themself, or a manager of their team). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    boolean canReadComments(long userId);
}
