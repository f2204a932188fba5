package com.certdesk.engagement;

import org.jspecify.annotations.Nullable;

/**
 * One group of a wave's results: the organization, a team, or the other teams together. What may not be shown is not
 * here at all, only the reason: {@code participation} is null unless {@code participationShown} is SHOWN, {@code
 * figures} null unless {@code figuresShown} is SHOWN.
 *
 * @param previous the same group's figures in the survey's previous wave, when they were shown there
 */
public record GroupResult(String name, @Nullable Long teamId, Visibility participationShown,
        @Nullable Participation participation, Visibility figuresShown, @Nullable EngagementFigures figures,
        @Nullable EngagementFigures previous) {
}
