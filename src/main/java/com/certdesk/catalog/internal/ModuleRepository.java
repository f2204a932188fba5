package com.certdesk.catalog.internal;

import com.certdesk.catalog.ModuleStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModuleRepository extends JpaRepository<LearningModule, Long> {

    @Query("select m from LearningModule m where m.status = :status order by m.skillArea, m.title")
    List<LearningModule> findByStatusOrdered(@Param("status") ModuleStatus status);

    Optional<LearningModule> findByIdAndStatus(long id, ModuleStatus status);

    boolean existsByTitleIgnoreCase(String title);

    @Query("""
            select m from LearningModule m
            where (:text = '' or lower(m.title) like :text or lower(m.summary) like :text)
            """)
    Page<LearningModule> search(@Param("text") String likePattern, Pageable pageable);

    /** Module id and number of lessons, for the given modules. */
    @Query("select l.module.id, count(l) from Lesson l where l.module.id in :moduleIds group by l.module.id")
    List<Object[]> countLessons(@Param("moduleIds") List<Long> moduleIds);

    /** Module id and number of lessons, for every published module. */
    @Query("select m.id, count(l) from LearningModule m left join m.lessons l where m.status = 'PUBLISHED' group by m.id")
    List<Object[]> countLessonsOfPublished();
}
