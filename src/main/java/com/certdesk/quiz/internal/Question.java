package com.certdesk.quiz.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/** A question in the bank. Attempts copy it when they start, so editing it never changes a past attempt. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private QuestionType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String stem;

    @Column(name = "general_feedback", nullable = false, length = 4000)
    private String generalFeedback;

    @Column(nullable = false)
    private int points;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_format", nullable = false, length = 16)
    private TextFormat textFormat = TextFormat.MARKDOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_area", length = 40)
    private @Nullable SkillArea skillArea;

    @Column(name = "module_id")
    private @Nullable Long moduleId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<Choice> choices = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Question() {
    }

    public Question(QuestionCategory category, QuestionDraft draft, Instant now) {
        this.createdAt = now;
        apply(category, draft, now);
    }

    public final void apply(QuestionCategory category, QuestionDraft draft, Instant now) {
        this.type = draft.type();
        this.title = draft.title().strip();
        this.stem = draft.stem();
        this.generalFeedback = draft.generalFeedback();
        this.points = draft.points();
        this.textFormat = draft.format();
        this.skillArea = category.skillArea();
        this.moduleId = category.moduleId();
        this.choices.clear();
        for (ChoiceDraft c : draft.choices()) {
            this.choices.add(new Choice(c.text(), c.fraction(), c.feedback(), c.match()));
        }
        this.updatedAt = now;
    }

    public QuestionDraft toDraft() {
        return new QuestionDraft(type, title, stem, generalFeedback, points,
                choices.stream().map(c -> new ChoiceDraft(c.text, c.fraction, c.feedback, c.matchText)).toList(),
                textFormat);
    }

    public QuestionCategory category() {
        return moduleId != null ? QuestionCategory.ofModule(moduleId) : QuestionCategory.of(skillArea);
    }

    public long getId() {
        return id;
    }

    public QuestionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getPoints() {
        return points;
    }

    public int choiceCount() {
        return choices.size();
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** An answer option; see {@link ChoiceDraft} for what the fields mean per type. */
    @Embeddable
    public static class Choice {

        @Column(nullable = false, length = 2000)
        private String text;

        @Column(nullable = false)
        private double fraction;

        @Column(nullable = false, length = 4000)
        private String feedback;

        @Column(name = "match_text", nullable = false, length = 2000)
        private String matchText;

        protected Choice() {
        }

        Choice(String text, double fraction, String feedback, String matchText) {
            this.text = text;
            this.fraction = fraction;
            this.feedback = feedback;
            this.matchText = matchText;
        }
    }
}
