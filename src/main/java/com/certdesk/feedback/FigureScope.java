package com.certdesk.feedback;

import org.jspecify.annotations.Nullable;

/**
 * Whose figures: one agent, one team (the agent's team at rating time), or the whole organization; optionally one
 * channel only. Authorization follows the scope: an agent sees their own and their current team's, a manager
 * their teams and those teams' agents, HR and administrators everything.
 */
public record FigureScope(@Nullable Long userId, @Nullable Long teamId, @Nullable String channel) {

    public static FigureScope agent(long userId) {
        return new FigureScope(userId, null, null);
    }

    public static FigureScope team(long teamId) {
        return new FigureScope(null, teamId, null);
    }

    public static FigureScope organization() {
        return new FigureScope(null, null, null);
    }

    public FigureScope onChannel(@Nullable String channelName) {
        return new FigureScope(userId, teamId, channelName);
    }
}
