package com.certdesk.quiz;

import com.certdesk.base.BoundedInput;
import java.io.InputStream;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.internal.GiftParser;
import com.certdesk.quiz.internal.GiftWriter;
import com.certdesk.quiz.internal.Question;
import com.certdesk.quiz.internal.QuestionRepository;
import com.certdesk.quiz.internal.Quiz;
import com.certdesk.quiz.internal.QuizRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves questions in and out of the bank as Moodle GIFT files. An import is previewed first and then taken
 * whole or not at all; a question's {@code $CATEGORY} is matched to a skill area or module by name, the rest go
 * to the category the author chose.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class GiftTransferService {

    /** Largest GIFT file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String NOTHING_TO_EXPORT = "This category has no questions, so there is nothing to export. "
            + "Choose another category.";

    private final QuestionRepository questions;
    private final QuizRepository quizzes;
    private final ModuleDirectory modules;
    private final Clock clock;

    GiftTransferService(QuestionRepository questions, QuizRepository quizzes, ModuleDirectory modules, Clock clock) {
        this.questions = questions;
        this.quizzes = quizzes;
        this.modules = modules;
        this.clock = clock;
    }

    /** A question as the preview lists it, with the category it will be filed under. */
    public record PreviewRow(int number, int line, QuestionType type, String title, String categoryLabel,
            boolean categoryMatched) {
    }

    /**
     * What importing the file would do. {@code importable} is false when the file has errors (then nothing can be
     * imported) or holds no question Certdesk can use.
     */
    public record GiftPreview(List<PreviewRow> rows, List<GiftProblem> problems, List<String> notes,
            boolean importable) {

        public GiftPreview {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The preview of an uploaded file, reading at most {@link #MAX_BYTES} of it: a larger stream is refused
     * ({@link BoundedInput.TooLargeException}, naming the limit) without being read whole. The stream stays open.
     */
    public GiftPreview preview(InputStream file, QuestionCategory fallback) {
        return preview(BoundedInput.readAtMost(file, MAX_BYTES), fallback);
    }

    /** Imports an uploaded file, reading at most {@link #MAX_BYTES} of it; see {@link #importFile(byte[], QuestionCategory)}. */
    @Transactional
    public List<Long> importFile(InputStream file, QuestionCategory fallback) {
        return importFile(BoundedInput.readAtMost(file, MAX_BYTES), fallback);
    }

    public GiftPreview preview(byte[] file, QuestionCategory fallback) {
        checkSize(file);
        GiftParseResult parsed = GiftParser.parse(file);
        Resolver resolver = new Resolver(modules.all());
        List<PreviewRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (GiftQuestion q : parsed.questions()) {
            Optional<QuestionCategory> matched = resolver.resolve(q.category());
            QuestionCategory category = matched.orElse(fallback);
            rows.add(new PreviewRow(q.number(), q.line(), q.draft().type(), q.draft().title(),
                    resolver.label(category), matched.isPresent()));
            if (q.category() != null && matched.isEmpty()) {
                String note = "Category \"" + q.category() + "\" matches no skill area or module; its questions go to "
                        + resolver.label(fallback) + ".";
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        boolean importable = !parsed.hasErrors() && !parsed.questions().isEmpty();
        return new GiftPreview(rows, parsed.problems(), notes, importable);
    }

    /**
     * Imports every question of the file, all in one transaction, or none when the file has errors. Skipped
     * (unsupported) questions stay out. Returns how many questions were added.
     */
    @Transactional
    public List<Long> importFile(byte[] file, QuestionCategory fallback) {
        checkSize(file);
        GiftParseResult parsed = GiftParser.parse(file);
        if (parsed.hasErrors()) {
            throw new ValidationException("The file has errors and was not imported: " + parsed.problems().stream()
                    .filter(p -> p.severity() == GiftProblem.Severity.ERROR).findFirst().map(GiftProblem::describe)
                    .orElse(""));
        }
        if (parsed.questions().isEmpty()) {
            throw new ValidationException("The file holds no question Certdesk can import.");
        }
        Resolver resolver = new Resolver(modules.all());
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (GiftQuestion q : parsed.questions()) {
            QuestionCategory category = resolver.resolve(q.category()).orElse(fallback);
            ids.add(questions.save(new Question(category, q.draft(), now)).getId());
        }
        return ids;
    }

    /** Every question of a category as a GIFT file; a category without questions is refused, never an empty file. */
    public String exportCategory(QuestionCategory category) {
        List<Question> found = category.moduleId() != null ? questions.findInModule(category.moduleId())
                : questions.findInArea(category.skillArea());
        if (found.isEmpty()) {
            throw new ValidationException(NOTHING_TO_EXPORT);
        }
        Resolver resolver = new Resolver(modules.all());
        return GiftWriter.write(found.stream().map(q -> new GiftExportItem(resolver.name(q.category()), q.toDraft()))
                .toList());
    }

    /** The questions of a module's fixed quiz, in quiz order, as a GIFT file. */
    public String exportQuiz(long moduleId) {
        Quiz quiz = quizzes.findByModuleId(moduleId).orElseThrow(() -> new NotFoundException("This module has no quiz."));
        Map<Long, Question> byId = new HashMap<>();
        questions.findAllById(quiz.getQuestionIds()).forEach(q -> byId.put(q.getId(), q));
        Resolver resolver = new Resolver(modules.all());
        return GiftWriter.write(quiz.getQuestionIds().stream().map(byId::get).filter(q -> q != null)
                .map(q -> new GiftExportItem(resolver.name(q.category()), q.toDraft())).toList());
    }

    private static void checkSize(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new BoundedInput.TooLargeException(MAX_BYTES);
        }
        if (file.length == 0) {
            throw new ValidationException("The file is empty.");
        }
    }

    /** Matches GIFT category paths to skill areas and modules by name, ignoring case and Moodle's path prefix. */
    static final class Resolver {

        private final Map<String, QuestionCategory> byName = new HashMap<>();
        private final Map<Long, String> moduleTitles = new HashMap<>();

        Resolver(List<ModuleRef> all) {
            for (SkillArea area : SkillArea.values()) {
                byName.put(key(area.label()), QuestionCategory.of(area));
                byName.put(key(area.name()), QuestionCategory.of(area));
            }
            for (ModuleRef module : all) {
                byName.putIfAbsent(key(module.title()), QuestionCategory.ofModule(module.id()));
                moduleTitles.put(module.id(), module.title());
            }
        }

        Optional<QuestionCategory> resolve(@Nullable String category) {
            if (category == null || category.isBlank()) {
                return Optional.empty();
            }
            String path = category.strip();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return Optional.ofNullable(byName.getOrDefault(key(path), byName.get(key(last))));
        }

        /** The name written to {@code $CATEGORY}: the skill area's or the module's own name. */
        String name(QuestionCategory category) {
            return category.skillArea() != null ? category.skillArea().label()
                    : moduleTitles.getOrDefault(category.moduleId(), "Module " + category.moduleId());
        }

        String label(QuestionCategory category) {
            return category.skillArea() != null ? "Skill area · " + category.skillArea().label()
                    : "Module · " + moduleTitles.getOrDefault(category.moduleId(), "(deleted)");
        }

        private static String key(String name) {
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }
}
