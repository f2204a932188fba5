package com.certdesk.quiz;

import com.certdesk.people.PeopleDirectory;
import com.certdesk.quiz.internal.AttemptStore;
import com.certdesk.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which quizzes a learner took and passed, and when, for features that build on quiz results (certification). */
@Service
@Transactional(readOnly = true)
public class QuizResults {

    private final AttemptStore attempts;
    private final PeopleDirectory people;

    QuizResults(AttemptStore attempts, PeopleDirectory people) {
        this.attempts = attempts;
        this.people = people;
    }

    /** Every passing attempt of the learner, oldest first; refused unless the caller may see the learner. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<QuizPass> passesOf(long userId) {
        people.checkCanView(userId);
        return attempts.passesOf(userId);
    }

    /**
     * Every attempt of the learner at any module's quiz, open ones included, newest first; refused unless the
     * caller may see the learner.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<AttemptSummary> attemptsOf(long userId) {
        people.checkCanView(userId);
        return attempts.allOfUser(userId).stream().map(AttemptStore.Row::summary).toList();
    }

    /**
     * Every learner's first finished attempt at each of these modules' quizzes (percent and when), for analyses that
     * show aggregates over many learners only (training impact's association of quiz scores with later CSAT).
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<FirstQuizScore> firstScores(java.util.Collection<Long> moduleIds) {
        return attempts.firstAttempts(moduleIds).stream().map(a -> new FirstQuizScore(a.userId(), a.moduleId(),
                a.percent(), a.finishedAt())).toList();
    }

    /**
     * Each learner's best finished score (percent) and number of finished attempts, by learner and module; refused
     * unless the caller may see every one of the learners.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public java.util.Map<Long, java.util.Map<Long, BestScore>> bestScores(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return java.util.Map.of();
        }
        people.checkCanViewAll(userIds);
        java.util.Map<Long, java.util.Map<Long, BestScore>> result = new java.util.HashMap<>();
        for (AttemptStore.Best b : attempts.best(userIds)) {
            result.computeIfAbsent(b.userId(), k -> new java.util.HashMap<>()).put(b.moduleId(),
                    new BestScore(b.percent(), b.attempts()));
        }
        return result;
    }
}
