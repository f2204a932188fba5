package com.certdesk.engagement;

/**
 * A team's results in the latest closed wave that asked it, for the team dashboard: the wave they come from, the
 * threshold in force (for {@link Visibility#reason}) and the team's group, whose figures are null when hidden.
 */
public record TeamEngagement(WaveView wave, int threshold, GroupResult team) {
}
