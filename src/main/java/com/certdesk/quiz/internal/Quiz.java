package com.certdesk.quiz.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionSelection;
import com.certdesk.quiz.QuizLayout;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.quiz.ReviewOptions;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A module's quiz: its settings and, for a fixed quiz, its questions in order. */
@Entity
@Table(name = "quiz")
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false, unique = true)
    private long moduleId;

    @Column(nullable = false, length = 4000)
    private String intro;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionSelection selection;

    @Column(name = "random_count")
    private @Nullable Integer randomCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "random_skill_area", length = 40)
    private @Nullable SkillArea randomSkillArea;

    @Column(name = "random_module_id")
    private @Nullable Long randomModuleId;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_choices", nullable = false)
    private boolean shuffleChoices;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "time_limit_minutes")
    private @Nullable Integer timeLimitMinutes;

    @Column(name = "max_attempts")
    private @Nullable Integer maxAttempts;

    @Column(name = "min_wait_minutes")
    private @Nullable Integer minWaitMinutes;

    /** Each review part: the moments it is shown from, as {@link ReviewOptions#encode}; "" for never. */
    @Column(name = "review_score", nullable = false, length = 80)
    private String reviewScore;

    @Column(name = "review_right_wrong", nullable = false, length = 80)
    private String reviewRightWrong;

    @Column(name = "review_answers", nullable = false, length = 80)
    private String reviewAnswers;

    @Column(name = "review_feedback", nullable = false, length = 80)
    private String reviewFeedback;

    @Column(name = "failures_before_wait")
    private @Nullable Integer failuresBeforeWait;

    @Column(name = "failure_wait_minutes")
    private @Nullable Integer failureWaitMinutes;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuizLayout layout;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Quiz() {
    }

    public Quiz(long moduleId, QuizSettings settings, Instant now) {
        this.moduleId = moduleId;
        this.createdAt = now;
        apply(settings, now);
    }

    public final void apply(QuizSettings s, Instant now) {
        intro = s.intro().strip();
        active = s.active();
        selection = s.selection();
        randomCount = s.randomCount();
        randomSkillArea = s.randomCategory() == null ? null : s.randomCategory().skillArea();
        randomModuleId = s.randomCategory() == null ? null : s.randomCategory().moduleId();
        shuffleQuestions = s.shuffleQuestions();
        shuffleChoices = s.shuffleChoices();
        passMark = s.passMark();
        timeLimitMinutes = s.timeLimitMinutes();
        maxAttempts = s.maxAttempts();
        minWaitMinutes = s.minWaitMinutes();
        reviewScore = ReviewOptions.encode(s.review().score());
        reviewRightWrong = ReviewOptions.encode(s.review().rightWrong());
        reviewAnswers = ReviewOptions.encode(s.review().correctAnswers());
        reviewFeedback = ReviewOptions.encode(s.review().feedback());
        failuresBeforeWait = s.failuresBeforeWait();
        failureWaitMinutes = s.failureWaitMinutes();
        closesAt = s.closesAt();
        layout = s.layout();
        questionIds.clear();
        questionIds.addAll(s.questionIds());
        updatedAt = now;
    }

    public QuizSettings settings() {
        return new QuizSettings(intro, active, selection, List.copyOf(questionIds),
                randomCount == null ? 0 : randomCount, randomCategory(), shuffleQuestions, shuffleChoices,
                passMark, timeLimitMinutes, maxAttempts, minWaitMinutes,
                new ReviewOptions(ReviewOptions.decode(reviewScore), ReviewOptions.decode(reviewRightWrong),
                        ReviewOptions.decode(reviewAnswers), ReviewOptions.decode(reviewFeedback)),
                layout, failuresBeforeWait, failureWaitMinutes, closesAt);
    }

    public @Nullable QuestionCategory randomCategory() {
        if (randomModuleId != null) {
            return QuestionCategory.ofModule(randomModuleId);
        }
        return randomSkillArea == null ? null : QuestionCategory.of(randomSkillArea);
    }

    /** Removes a deleted question from the fixed list. */
    public void forget(long questionId) {
        questionIds.removeIf(id -> id == questionId);
    }

    public long getId() {
        return id;
    }

    public long getModuleId() {
        return moduleId;
    }

    public boolean isActive() {
        return active;
    }

    public List<Long> getQuestionIds() {
        return questionIds;
    }

    public long getVersion() {
        return version;
    }
}
