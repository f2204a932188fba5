package com.certdesk.quiz.internal;

import com.certdesk.quiz.QuizTakingService;
import com.certdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Closes timed attempts whose learner never came back: each is graded with the answers saved before its
 * deadline. Runs every minute by default ({@code certdesk.quiz.close-expired-every}).
 */
@Component
class AttemptCloser {

    private static final Logger log = LoggerFactory.getLogger(AttemptCloser.class);

    private final QuizTakingService taking;

    AttemptCloser(QuizTakingService taking) {
        this.taking = taking;
    }

    @Scheduled(fixedDelayString = "${certdesk.quiz.close-expired-every:60s}", initialDelayString = "${certdesk.quiz.close-expired-every:60s}")
    @SchedulerLock(name = "quiz.close-expired", lockAtMostFor = "PT10M")
    void closeExpired() {
        int closed = SystemAuthentication.callAsSystem(taking::closeExpiredAttempts);
        if (closed > 0) {
            log.info("Closed {} quiz attempt(s) whose time limit had passed", closed);
        }
    }
}
