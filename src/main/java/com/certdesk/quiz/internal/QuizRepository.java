package com.certdesk.quiz.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByModuleId(long moduleId);

    @Query("select q.moduleId from Quiz q where q.active = true")
    List<Long> activeModuleIds();

    @Query("select q from Quiz q where :questionId member of q.questionIds")
    List<Quiz> usingQuestion(@Param("questionId") long questionId);

    @Query(value = "select question_id, count(*) from quiz_question where question_id in (:ids) group by question_id",
            nativeQuery = true)
    List<Object[]> usageCounts(@Param("ids") List<Long> questionIds);
}
