package com.certdesk.insight;

import java.time.LocalDate;

/** How many agents of one team are in one wave of a planned evaluation (0 = the first wave), due by when. */
public record WaveGroup(int wave, long teamId, String teamName, int agents, LocalDate dueOn) {
}
