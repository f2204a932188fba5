package com.certdesk.quiz.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.GiftParseResult;
import com.certdesk.quiz.GiftProblem;
import com.certdesk.quiz.GiftQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionSelection;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.quiz.ReviewMoment;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo quizzes in {@code demo/quizzes/*.gift}: one per demo module in {@code demo/curriculum/*.md} (same
 * file name), each importable without a single problem, filed under its module's title, and a complete quiz.
 */
class DemoQuizzesTest {

    private static final String QUIZZES = "classpath:demo/quizzes/*.gift";
    private static final String CURRICULUM = "classpath:demo/curriculum/*.md";
    private static final String TITLE_HEADER = "title:";

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    @Test
    void there_is_one_quiz_file_per_curriculum_module() throws IOException {
        Set<String> quizzes = baseNames(QUIZZES, ".gift");
        Set<String> modules = baseNames(CURRICULUM, ".md");

        assertThat(modules).isNotEmpty();
        assertThat(quizzes).containsExactlyInAnyOrderElementsOf(modules);
    }

    static Stream<Arguments> quizzes() throws IOException {
        return Arrays.stream(RESOLVER.getResources(QUIZZES))
                .map(resource -> Arguments.of(resource.getFilename(), resource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quizzes")
    void a_demo_quiz_imports_without_problems_and_is_complete(String fileName, Resource quiz) throws IOException {
        GiftParseResult result = GiftParser.parse(quiz.getContentAsByteArray());

        assertThat(result.problems()).as("%s: problems", fileName).extracting(GiftProblem::describe).isEmpty();
        List<GiftQuestion> questions = result.questions();
        assertThat(questions).as("%s: number of questions", fileName).hasSizeBetween(8, 12);

        Set<QuestionType> types = questions.stream().map(q -> q.draft().type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
        assertThat(types).as("%s: question types", fileName).containsExactlyInAnyOrder(QuestionType.values());

        String moduleTitle = moduleTitle(fileName);
        for (GiftQuestion question : questions) {
            QuestionDraft draft = question.draft();
            String where = fileName + " line " + question.line() + " \"" + draft.title() + "\"";
            assertThat(question.category()).as("%s: category", where).isEqualTo(moduleTitle);
            assertThat(draft.title()).as("%s: title", where).isNotBlank();
            assertThat(draft.generalFeedback()).as("%s: general feedback", where).isNotBlank();
            assertThat(QuestionRules.problems(draft)).as("%s: rules", where).isEmpty();
            if (draft.type() == QuestionType.SINGLE_CHOICE || draft.type() == QuestionType.MULTIPLE_RESPONSE) {
                for (ChoiceDraft choice : draft.choices()) {
                    assertThat(choice.feedback()).as("%s: feedback on \"%s\"", where, choice.text()).isNotBlank();
                }
            }
        }
    }

    /** The {@code title:} header of the curriculum file with the same name as {@code quizFileName}. */
    private static String moduleTitle(String quizFileName) throws IOException {
        String moduleFile = quizFileName.replaceFirst("\\.gift$", ".md");
        Resource module = RESOLVER.getResource("classpath:demo/curriculum/" + moduleFile);
        assertThat(module.exists()).as("%s has a curriculum file %s", quizFileName, moduleFile).isTrue();
        return module.getContentAsString(UTF_8).lines()
                .filter(line -> line.startsWith(TITLE_HEADER))
                .map(line -> line.substring(TITLE_HEADER.length()).strip())
                .findFirst()
                .orElseThrow(() -> new AssertionError(moduleFile + " has no title header"));
    }

    private static Set<String> baseNames(String pattern, String extension) throws IOException {
        return Arrays.stream(RESOLVER.getResources(pattern))
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> name.substring(0, name.length() - extension.length()))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quizzes")
    void a_demo_quiz_draws_fewer_questions_than_its_bank_holds_so_attempts_differ(String fileName, Resource quiz)
            throws IOException {
        int bank = GiftParser.parse(quiz.getContentAsByteArray()).questions().size();
        QuizSettings settings = DemoQuizzes.settings(7, bank, 0);

        assertThat(bank).as(fileName).isGreaterThan(settings.randomCount());
        assertThat(settings.selection()).isEqualTo(QuestionSelection.RANDOM);
        assertThat(settings.randomCategory()).isEqualTo(QuestionCategory.ofModule(7));
    }

    @Test
    void demo_quizzes_show_answers_only_once_passed_or_out_of_attempts_and_pause_after_two_failures() {
        for (int index = 0; index < 10; index++) {
            QuizSettings s = DemoQuizzes.settings(7, 10, index);
            assertThat(s.shuffleQuestions()).isTrue();
            assertThat(s.shuffleChoices()).isTrue();
            assertThat(s.maxAttempts()).isNotNull();
            assertThat(s.review().correctAnswers())
                    .containsExactlyInAnyOrder(ReviewMoment.AFTER_PASSING, ReviewMoment.OUT_OF_ATTEMPTS);
            assertThat(s.review().feedback()).doesNotContain(ReviewMoment.IMMEDIATELY);
            assertThat(s.failuresBeforeWait()).isEqualTo(2);
            assertThat(s.failureWaitMinutes()).isPositive();
        }
    }
}
