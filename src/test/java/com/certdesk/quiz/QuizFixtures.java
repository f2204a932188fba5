package com.certdesk.quiz;

import com.certdesk.catalog.SkillArea;
import com.certdesk.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** Questions and quizzes made through the real services, as the system administrator. */
@Component
public class QuizFixtures {

    private final QuestionBankService bank;
    private final QuizAuthoringService authoring;

    QuizFixtures(QuestionBankService bank, QuizAuthoringService authoring) {
        this.bank = bank;
        this.authoring = authoring;
    }

    /** "Which greeting is best?" — option 1 (key 1) is correct. */
    public static QuestionDraft singleChoice(String title) {
        return new QuestionDraft(QuestionType.SINGLE_CHOICE, title, "Which greeting is best?", "Greet warmly.", 1,
                List.of(ChoiceDraft.of("Yeah?", 0, "Too abrupt."),
                        ChoiceDraft.of("Good morning, this is Sam. How can I help?", 1, "Warm and clear."),
                        ChoiceDraft.of("What do you want?", 0, "Hostile.")));
    }

    /** Keys 0 and 2 are worth 50% each; key 1 costs 50%. */
    public static QuestionDraft multipleResponse(String title) {
        return new QuestionDraft(QuestionType.MULTIPLE_RESPONSE, title, "Which show active listening?", "", 2,
                List.of(ChoiceDraft.of("Summarising", 0.5, "Yes."), ChoiceDraft.of("Interrupting", -0.5, "No."),
                        ChoiceDraft.of("Asking open questions", 0.5, "Yes.")));
    }

    public static QuestionDraft trueFalse(String title, boolean correct) {
        return new QuestionDraft(QuestionType.TRUE_FALSE, title, "Silence on a call is always bad.", "", 1,
                List.of(ChoiceDraft.of("True", correct ? 1 : 0, ""), ChoiceDraft.of("False", correct ? 0 : 1, "")));
    }

    public static QuestionDraft shortAnswer(String title) {
        return new QuestionDraft(QuestionType.SHORT_ANSWER, title, "What does CSAT stand for? (two words: customer ...)",
                "", 1, List.of(ChoiceDraft.of("customer satisfaction", 1, "")));
    }

    public static QuestionDraft matching(String title) {
        return new QuestionDraft(QuestionType.MATCHING, title, "Match each score to its scale.", "", 2,
                List.of(ChoiceDraft.pair("CSAT", "1 to 5"), ChoiceDraft.pair("NPS", "0 to 10"),
                        ChoiceDraft.pair("CES", "1 to 7")));
    }

    public long question(QuestionDraft draft) {
        return SystemAuthentication.callAsSystem(() -> bank.create(QuestionCategory.of(SkillArea.EMPATHY), draft));
    }

    /** A switched-on fixed quiz for the module with the given questions, settings adjusted by {@code tweak}. */
    public QuizDetail quiz(long moduleId, List<Long> questionIds, UnaryOperator<QuizSettings> tweak) {
        QuizSettings base = QuizSettings.defaults();
        QuizSettings settings = new QuizSettings(base.intro(), true, QuestionSelection.FIXED, questionIds,
                base.randomCount(), null, false, false, base.passMark(), null, null, null, ReviewOptions.defaults(),
                QuizLayout.ONE_PER_PAGE, null, null, null);
        return SystemAuthentication.callAsSystem(() -> authoring.save(moduleId, null, tweak.apply(settings)));
    }

    /** Ids of one question of each type: single (1 pt), multiple (2 pts), true/false (1), short (1), matching (2). */
    public List<Long> oneOfEach() {
        List<Long> ids = new ArrayList<>();
        ids.add(question(singleChoice("Greeting")));
        ids.add(question(multipleResponse("Listening")));
        ids.add(question(trueFalse("Silence", false)));
        ids.add(question(shortAnswer("CSAT")));
        ids.add(question(matching("Scales")));
        return ids;
    }

    public static QuizSettings with(QuizSettings s, Integer timeLimit, Integer maxAttempts, Integer minWait,
            int passMark, ReviewOptions policy) {
        return new QuizSettings(s.intro(), s.active(), s.selection(), s.questionIds(), s.randomCount(),
                s.randomCategory(), s.shuffleQuestions(), s.shuffleChoices(), passMark, timeLimit, maxAttempts, minWait,
                policy, s.layout(), s.failuresBeforeWait(), s.failureWaitMinutes(), s.closesAt());
    }
}
