package com.certdesk.feedback;

import java.util.List;
import java.util.Map;

/**
 * The preview of a checked file, before anything is stored: rows read, ratings found per metric, entries that are
 * not ratings, ratings already stored (skipped on import), every problem with its line (the first
 * {@link #PROBLEMS_LISTED} listed, all counted), and the ratings of agents Certdesk does not know, grouped by agent.
 * {@code importable}: no problems (unknown agents can still be skipped, see {@link FeedbackImports#confirm}).
 */
public record ImportCheck(
        long batchId,
        String format,
        String description,
        long rowsRead,
        long ratingsFound,
        Map<Metric, Long> ratingsPerMetric,
        long notRatings,
        long duplicates,
        long problemCount,
        List<LineProblem> problems,
        long unknownAgentRatings,
        List<UnknownAgent> unknownAgents,
        long newRatings) {

    public static final int PROBLEMS_LISTED = 500;
    public static final int UNKNOWN_AGENTS_LISTED = 200;

    public ImportCheck {
        ratingsPerMetric = Map.copyOf(ratingsPerMetric);
        problems = List.copyOf(problems);
        unknownAgents = List.copyOf(unknownAgents);
    }

    /** Whether the file may be imported: not one bad row. */
    public boolean importable() {
        return problemCount == 0;
    }

    /** A reason a row cannot be imported, with its line number in the file (1 = the first line). */
    public record LineProblem(long line, String reason) {
    }

    /**
     * An agent id or e-mail in the file that matches no Certdesk user, with how many ratings name it; or, for a survey
     * export that names only tickets ({@link FeedbackFormat#agentFromTicket()}), a ticket ({@code "ticket 1203"})
     * that no other source has rated yet.
     */
    public record UnknownAgent(String sourceSystem, String agent, long ratings) {

        /** How an unrated ticket is named in {@link #agent()}. */
        public static final String TICKET_PREFIX = "ticket ";

        /** Whether this is a ticket without a helpdesk rating (no alias helps: its helpdesk's ratings must come first). */
        public boolean ticket() {
            return agent.startsWith(TICKET_PREFIX);
        }
    }
}
