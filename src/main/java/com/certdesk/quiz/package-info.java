/**
 * Question bank, quizzes attached to modules, attempts that save every answer at once, fair scoring, and GIFT
 * import and export. Publishes {@link com.certdesk.quiz.QuizPassed} and {@link com.certdesk.quiz.QuizFailed}.
 */
@ApplicationModule(displayName = "Quiz", allowedDependencies = {"base", "security", "people", "catalog", "catalog :: spi"})
@NullMarked
package com.certdesk.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
