package com.certdesk.quiz.internal;

import com.certdesk.quiz.GiftParseResult;
import com.certdesk.quiz.GiftProblem;
import com.certdesk.quiz.GiftProblem.Severity;
import com.certdesk.quiz.GiftQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Moodle GIFT file into question drafts with the semantics of Moodle's own importer
 * ({@code qformat_gift}): questions are separated by blank lines, {@code //} comment lines are ignored,
 * {@code $CATEGORY:} lines set the category of the questions after them, and single choice, multiple response,
 * true/false, short answer and matching questions are understood. Numerical, essay and description items are
 * reported as skipped; anything Moodle would refuse, or that breaks {@link com.certdesk.quiz.QuestionRules}, is
 * reported as an error; what Moodle imports although its editor asks for more (weights not adding up to 100%,
 * several correct single-choice answers, no full-marks short answer, an item twice on the left of a matching
 * question) is imported with a warning. Parsing never throws for bad input.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<GiftQuestion> questions = new ArrayList<>();
    private final List<GiftProblem> problems = new ArrayList<>();
    private @Nullable String category;
    private int number;

    /** Lines of one question or category switch: trimmed, comments left out, with their 1-based numbers. */
    private record Block(List<String> lines, List<Integer> numbers, int points) {
    }

    /**
     * Certdesk's own comment {@code // points: 2} before a question carries its points through a GIFT file;
     * Moodle, which has no points in GIFT, ignores it like any comment.
     */
    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("//\\s*points:\\s*(\\d{1,3})\\s*");

    private GiftParser() {
    }

    /** Reads a file's bytes, which must be UTF-8 (a byte order mark is allowed). */
    public static GiftParseResult parse(byte[] file) {
        int start = startsWithBom(file) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return notUtf8(file, in.position());
        }
        return parse(out.flip().toString());
    }

    /** Reads the text of a file. */
    public static GiftParseResult parse(String text) {
        GiftParser parser = new GiftParser();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (Block block : blocks(content)) {
            parser.read(block);
        }
        return parser.result();
    }

    private static boolean startsWithBom(byte[] file) {
        return file.length >= BOM.length && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2];
    }

    private static GiftParseResult notUtf8(byte[] file, int badByte) {
        int line = 1;
        for (int i = 0; i < badByte; i++) {
            if (file[i] == '\n') {
                line++;
            }
        }
        GiftProblem problem = new GiftProblem(Severity.ERROR, line, 0, "",
                "The file is not valid UTF-8 text; save it with the UTF-8 encoding and import it again.");
        return new GiftParseResult(List.of(), List.of(problem));
    }

    /** Splits at blank lines; comment lines neither end a question nor belong to it, as in Moodle. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int points = 1;
        String[] source = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < source.length; i++) {
            String line = source[i].strip();
            if (line.isEmpty()) {
                if (addBlock(blocks, lines, numbers, points)) {
                    points = 1;
                }
                lines = new ArrayList<>();
                numbers = new ArrayList<>();
            } else if (line.startsWith("//")) {
                var marked = POINTS.matcher(line);
                if (marked.matches()) {
                    points = Integer.parseInt(marked.group(1));
                }
            } else {
                lines.add(line);
                numbers.add(i + 1);
            }
        }
        addBlock(blocks, lines, numbers, points);
        return blocks;
    }

    private static boolean addBlock(List<Block> blocks, List<String> lines, List<Integer> numbers, int points) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(lines, numbers, points));
            return true;
        }
        return false;
    }

    private void read(Block block) {
        if (block.lines().getFirst().startsWith(CATEGORY)) {
            switchCategory(block);
            return;
        }
        number++;
        int line = block.numbers().getFirst();
        GiftQuestionReader reader = new GiftQuestionReader(number, line);
        try {
            QuestionDraft draft = reader.read(GiftText.of(block.lines(), block.numbers()).strip());
            if (block.points() != 1) {
                draft = draft.withPoints(block.points());
                List<String> rules = QuestionRules.findings(draft).problems();
                if (!rules.isEmpty()) {
                    problems.add(new GiftProblem(Severity.ERROR, line, number, draft.title(), String.join(" ", rules)));
                    return;
                }
            }
            questions.add(new GiftQuestion(number, line, category, draft));
            problems.addAll(reader.warnings());
        } catch (GiftQuestionReader.Rejected rejected) {
            problems.addAll(rejected.problems());
        }
    }

    /**
     * The category is the rest of the line, trimmed. Moodle takes the rest of the whole block, so a question
     * right under the line (no blank line between) would become part of the category's name: that is an error
     * here. A {@code $CATEGORY:} without a name returns to no category.
     */
    private void switchCategory(Block block) {
        if (block.lines().size() > 1) {
            problems.add(new GiftProblem(Severity.ERROR, block.numbers().get(1), 0, "",
                    "Leave a blank line after the $CATEGORY line; otherwise this line would become part of the"
                            + " category's name."));
            return;
        }
        String name = block.lines().getFirst().substring(CATEGORY.length()).strip();
        category = name.isEmpty() ? null : name;
    }

    private GiftParseResult result() {
        if (number == 0 && problems.isEmpty()) {
            problems.add(new GiftProblem(Severity.ERROR, 1, 0, "", "The file contains no questions."));
        }
        return new GiftParseResult(questions, problems);
    }
}
