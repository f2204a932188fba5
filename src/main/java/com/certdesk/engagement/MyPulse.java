package com.certdesk.engagement;

import org.jspecify.annotations.Nullable;

/** A wave that asked the signed-in person, with their own summary: none while unanswered. */
public record MyPulse(WaveView wave, boolean answered, @Nullable Double ownIndex, @Nullable Integer enps) {
}
