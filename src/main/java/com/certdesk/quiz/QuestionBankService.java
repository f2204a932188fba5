package com.certdesk.quiz;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.internal.Question;
import com.certdesk.quiz.internal.QuestionRepository;
import com.certdesk.quiz.internal.Quiz;
import com.certdesk.quiz.internal.QuizRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The question bank: questions filed by skill area or module, for administrators. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class QuestionBankService {

    private final QuestionRepository questions;
    private final QuizRepository quizzes;
    private final ModuleDirectory modules;
    private final Clock clock;

    QuestionBankService(QuestionRepository questions, QuizRepository quizzes, ModuleDirectory modules, Clock clock) {
        this.questions = questions;
        this.quizzes = quizzes;
        this.modules = modules;
        this.clock = clock;
    }

    /** Every category a question can be filed under: the skill areas, then the modules by title. */
    public List<CategoryOption> categories() {
        List<CategoryOption> options = new ArrayList<>();
        for (SkillArea area : SkillArea.values()) {
            options.add(new CategoryOption(QuestionCategory.of(area), label(area)));
        }
        for (ModuleRef module : modules.all()) {
            options.add(new CategoryOption(QuestionCategory.ofModule(module.id()), label(module)));
        }
        return options;
    }

    /** How many questions each category holds; categories without questions are left out. */
    public Map<QuestionCategory, Long> questionCounts() {
        Map<QuestionCategory, Long> counts = new HashMap<>();
        for (Object[] row : questions.countPerCategory()) {
            QuestionCategory category = row[1] != null ? QuestionCategory.ofModule(((Number) row[1]).longValue())
                    : QuestionCategory.of((SkillArea) row[0]);
            counts.merge(category, ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    public String labelOf(QuestionCategory category) {
        if (category.skillArea() != null) {
            return label(category.skillArea());
        }
        return modules.find(category.moduleId()).map(QuestionBankService::label).orElse("Module (deleted)");
    }

    static String label(SkillArea area) {
        return "Skill area · " + area.label();
    }

    static String label(ModuleRef module) {
        return "Module · " + module.title();
    }

    /** One page of the bank, narrowed by the filter; the text matches title or question text. */
    public Page<QuestionSummary> find(QuestionFilter filter, Pageable pageable) {
        String like = filter.text().isBlank() ? "" : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        QuestionCategory category = filter.category();
        Page<Question> page = questions.search(category == null ? null : category.skillArea(),
                category == null ? null : category.moduleId(), filter.type(), like, pageable);
        Map<Long, Integer> usage = usage(page.map(Question::getId).getContent());
        Map<Long, String> moduleTitles = new HashMap<>();
        return page.map(q -> new QuestionSummary(q.getId(), q.getType(), q.getTitle(),
                categoryLabel(q.category(), moduleTitles), q.getPoints(), q.choiceCount(),
                usage.getOrDefault(q.getId(), 0), q.getUpdatedAt()));
    }

    private String categoryLabel(QuestionCategory category, Map<Long, String> cache) {
        if (category.skillArea() != null) {
            return label(category.skillArea());
        }
        return cache.computeIfAbsent(category.moduleId(), id -> labelOf(category));
    }

    private Map<Long, Integer> usage(List<Long> ids) {
        Map<Long, Integer> usage = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : quizzes.usageCounts(ids)) {
                usage.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
        }
        return usage;
    }

    public QuestionDetail question(long id) {
        Question q = find(id);
        return new QuestionDetail(q.getId(), q.category(), q.toDraft(), q.getVersion());
    }

    /** Summaries of the given questions in the given order (missing ones are left out). */
    public List<QuestionSummary> summaries(List<Long> ids) {
        Map<Long, Question> byId = new HashMap<>();
        questions.findAllById(ids).forEach(q -> byId.put(q.getId(), q));
        Map<Long, Integer> usage = usage(ids);
        Map<Long, String> moduleTitles = new HashMap<>();
        return ids.stream().map(byId::get).filter(q -> q != null).map(q -> new QuestionSummary(q.getId(),
                q.getType(), q.getTitle(), categoryLabel(q.category(), moduleTitles), q.getPoints(), q.choiceCount(),
                usage.getOrDefault(q.getId(), 0), q.getUpdatedAt())).toList();
    }

    @Transactional
    public long create(QuestionCategory category, QuestionDraft draft) {
        check(category, draft);
        return questions.save(new Question(category, draft, clock.instant())).getId();
    }

    /**
     * Saves an edited question. Attempts already started keep the version they were given; {@code version} must
     * be the one the author loaded, so two authors cannot silently overwrite each other.
     */
    @Transactional
    public QuestionDetail update(long id, long version, QuestionCategory category, QuestionDraft draft) {
        Question q = find(id);
        String what = q.getTitle().isBlank() ? "this question" : "the question “" + q.getTitle() + "”";
        StaleEditException.check(what, version, q.getVersion());
        check(category, draft);
        q.apply(category, draft, clock.instant());
        StaleEditException.guard(what, () -> questions.saveAndFlush(q));
        return question(id);
    }

    /** Deletes a question: it leaves every quiz it was in; past attempts keep their copy of it. */
    @Transactional
    public void delete(long id) {
        Question q = find(id);
        for (Quiz quiz : quizzes.usingQuestion(id)) {
            quiz.forget(id);
        }
        questions.delete(q);
    }

    private void check(QuestionCategory category, QuestionDraft draft) {
        List<String> problems = QuestionRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join(" ", problems));
        }
        if (category.moduleId() != null && modules.find(category.moduleId()).isEmpty()) {
            throw new ValidationException("The module chosen as category no longer exists.");
        }
    }

    private Question find(long id) {
        return questions.findById(id)
                .orElseThrow(() -> new NotFoundException("This question does not exist. It may have been deleted."));
    }
}
