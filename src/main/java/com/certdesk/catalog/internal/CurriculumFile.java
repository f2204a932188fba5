package com.certdesk.catalog.internal;

import com.certdesk.catalog.SkillArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a curriculum file of the demo data: four header lines ({@code title}, {@code skillArea},
 * {@code minutes}, {@code summary}) then lessons, each starting with a line {@code === lesson: Title}.
 */
public record CurriculumFile(String title, SkillArea skillArea, int minutes, String summary, List<Lesson> lessons) {

    public record Lesson(String title, String body) {
    }

    private static final String LESSON_MARK = "=== lesson:";

    public static CurriculumFile parse(String name, String text) {
        String[] lines = text.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.length && !lines[i].startsWith(LESSON_MARK); i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'key: value'");
            }
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        List<Lesson> lessons = new ArrayList<>();
        String lessonTitle = null;
        var body = new StringBuilder();
        for (; i < lines.length; i++) {
            if (lines[i].startsWith(LESSON_MARK)) {
                if (lessonTitle != null) {
                    lessons.add(new Lesson(lessonTitle, body.toString().strip()));
                }
                lessonTitle = lines[i].substring(LESSON_MARK.length()).strip();
                body.setLength(0);
            } else {
                body.append(lines[i]).append('\n');
            }
        }
        if (lessonTitle != null) {
            lessons.add(new Lesson(lessonTitle, body.toString().strip()));
        }
        for (String key : List.of("title", "skillArea", "minutes", "summary")) {
            if (!header.containsKey(key) || header.get(key).isEmpty()) {
                throw new IllegalArgumentException(name + ": header '" + key + "' is missing");
            }
        }
        if (lessons.isEmpty() || lessons.stream().anyMatch(l -> l.title().isEmpty() || l.body().isEmpty())) {
            throw new IllegalArgumentException(name + ": every module needs lessons with a title and a body");
        }
        return new CurriculumFile(header.get("title"), SkillArea.valueOf(header.get("skillArea")),
                Integer.parseInt(header.get("minutes")), header.get("summary"), List.copyOf(lessons));
    }
}
