package com.certdesk.quiz.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.QuestionType;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    /** Filtered bank page; a null filter part matches everything, {@code text} is a lower-case like pattern. */
    @Query("""
            select q from Question q
            where (:area is null or q.skillArea = :area)
              and (:moduleId is null or q.moduleId = :moduleId)
              and (:type is null or q.type = :type)
              and (:text = '' or lower(q.title) like :text or lower(q.stem) like :text)
            """)
    Page<Question> search(@Param("area") @Nullable SkillArea area, @Param("moduleId") @Nullable Long moduleId,
            @Param("type") @Nullable QuestionType type, @Param("text") String likePattern, Pageable pageable);

    /** Rows of skill area (or null), module id (or null) and how many questions are filed there. */
    @Query("select q.skillArea, q.moduleId, count(q) from Question q group by q.skillArea, q.moduleId")
    List<Object[]> countPerCategory();

    @Query("select q.id from Question q where q.skillArea = :area order by q.id")
    List<Long> idsInArea(@Param("area") SkillArea area);

    @Query("select q.id from Question q where q.moduleId = :moduleId order by q.id")
    List<Long> idsInModule(@Param("moduleId") long moduleId);

    @Query("select q from Question q where q.skillArea = :area order by q.id")
    List<Question> findInArea(@Param("area") SkillArea area);

    @Query("select q from Question q where q.moduleId = :moduleId order by q.id")
    List<Question> findInModule(@Param("moduleId") long moduleId);
}
