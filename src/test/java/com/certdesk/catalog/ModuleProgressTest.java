package com.certdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleProgressTest {

    @Test
    void learner_with_no_lessons_done_has_not_started() {
        var progress = new ModuleProgress(1, 4, 0);
        assertThat(progress.state()).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(progress.percent()).isZero();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void learner_with_some_lessons_done_is_in_progress() {
        var progress = new ModuleProgress(1, 4, 1);
        assertThat(progress.state()).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(progress.percent()).isEqualTo(25);
        assertThat(new ModuleProgress(1, 3, 2).percent()).isEqualTo(66);
    }

    @Test
    void module_is_complete_only_when_every_lesson_is_done() {
        assertThat(new ModuleProgress(1, 4, 3).complete()).isFalse();
        assertThat(new ModuleProgress(1, 4, 4).state()).isEqualTo(ProgressState.COMPLETED);
        assertThat(new ModuleProgress(1, 4, 4).percent()).isEqualTo(100);
    }

    @Test
    void module_without_lessons_can_never_be_complete() {
        var progress = new ModuleProgress(1, 0, 0);
        assertThat(progress.complete()).isFalse();
        assertThat(progress.state()).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(progress.fraction()).isZero();
    }

    @Test
    void done_marks_of_lessons_no_longer_counted_cannot_exceed_the_total() {
        var progress = new ModuleProgress(1, 2, 5);
        assertThat(progress.doneLessons()).isEqualTo(2);
        assertThat(progress.complete()).isTrue();
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> new ModuleProgress(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleProgress(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
