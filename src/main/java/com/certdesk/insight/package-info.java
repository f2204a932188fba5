/**
 * The top floor: pages that join training with its outcomes. My performance (an agent's feedback trend with their
 * training events on the same time axis) and the Team dashboard (coverage, overdue, feedback figures and trends per
 * team). Depends on the features below it; nothing depends on it.
 */
@ApplicationModule(displayName = "Insight",
        allowedDependencies = {"base", "security", "people", "catalog", "certification", "quiz", "feedback",
            "engagement"})
@NullMarked
package com.certdesk.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
