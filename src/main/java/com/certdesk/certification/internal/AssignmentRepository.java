package com.certdesk.certification.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByAssigneeKey(String assigneeKey);

    /** Assignments that reach these agents: to one of them, or to one of these teams. */
    @Query("""
            select a from Assignment a
            where a.userId in :userIds or a.teamId in :teamIds
            """)
    List<Assignment> findReaching(@Param("userIds") Collection<Long> userIds,
            @Param("teamIds") Collection<Long> teamIds);

    @Query("select a from Assignment a where a.teamId in :teamIds or a.userId in :userIds order by a.dueOn, a.id")
    List<Assignment> findForTeamsOrUsers(@Param("teamIds") Collection<Long> teamIds,
            @Param("userIds") Collection<Long> userIds);

    @Query("select a from Assignment a order by a.dueOn, a.id")
    List<Assignment> findAllByDue();

    @Query("select a from Assignment a where a.dueOn <= :until order by a.dueOn, a.id")
    List<Assignment> findDueBy(@Param("until") LocalDate until);

    long countByProgramId(long programId);
}
