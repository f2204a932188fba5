package com.certdesk.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.catalog.SkillArea;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCurriculumTest {

    @Test
    void the_demo_curriculum_has_at_least_eight_modules_of_three_to_five_substantial_lessons() {
        List<CurriculumFile> files = DemoCurriculum.load();

        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        assertThat(files).extracting(CurriculumFile::skillArea).doesNotHaveDuplicates();
        for (CurriculumFile file : files) {
            assertThat(file.lessons()).as(file.title()).hasSizeBetween(3, 5);
            for (CurriculumFile.Lesson lesson : file.lessons()) {
                int words = lesson.body().split("\\s+").length;
                assertThat(words).as(file.title() + " / " + lesson.title()).isGreaterThan(250);
            }
        }
    }

    @Test
    void a_curriculum_file_is_read_into_header_and_lessons() {
        var file = CurriculumFile.parse("t.md", """
                title: Calm calls
                skillArea: PHONE_ETIQUETTE
                minutes: 25
                summary: Stay calm.
                === lesson: One
                First body
                === lesson: Two
                ### Heading
                Second body
                """);

        assertThat(file.title()).isEqualTo("Calm calls");
        assertThat(file.skillArea()).isEqualTo(SkillArea.PHONE_ETIQUETTE);
        assertThat(file.minutes()).isEqualTo(25);
        assertThat(file.lessons()).extracting(CurriculumFile.Lesson::title).containsExactly("One", "Two");
        assertThat(file.lessons().get(1).body()).isEqualTo("### Heading\nSecond body");
    }

    @Test
    void a_file_without_header_or_lessons_is_rejected() {
        assertThatThrownBy(() -> CurriculumFile.parse("bad.md", "title: x\n=== lesson: a\nbody"))
                .hasMessageContaining("skillArea");
        assertThatThrownBy(() -> CurriculumFile.parse("bad.md", "title: x\nskillArea: EMPATHY\nminutes: 1\nsummary: s\n"))
                .hasMessageContaining("lessons");
    }
}
