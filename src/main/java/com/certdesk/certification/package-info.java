/**
 * Certification programs, assignments with due dates, certificates issued when a program's requirements are met
 * (on {@link com.certdesk.quiz.QuizPassed}), their public verification and Open Badges, reminders, and the
 * manager's certification matrix. An agent's status in a program is always derived from records and the clock.
 */
@ApplicationModule(displayName = "Certification",
        allowedDependencies = {"base", "security", "people", "catalog", "quiz", "quiz :: spi", "notification"})
@NullMarked
package com.certdesk.certification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
