package com.certdesk.people.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamMembershipRepository extends JpaRepository<TeamMembership, Long> {

    /** The stays that are still open (the current team) of these users. */
    @Query("select m from TeamMembership m where m.user.id in :userIds and m.validTo is null")
    List<TeamMembership> findCurrent(@Param("userIds") Collection<Long> userIds);

    /** The stay that covered this instant, if any (at most one). */
    @Query("""
            select m from TeamMembership m
            where m.user.id = :userId and m.validFrom <= :at and (m.validTo is null or m.validTo > :at)
            """)
    List<TeamMembership> findAt(@Param("userId") long userId, @Param("at") Instant at);

    @Query("select m from TeamMembership m where m.user.id = :userId order by m.validFrom, m.id")
    List<TeamMembership> findHistory(@Param("userId") long userId);

    @Query("select m from TeamMembership m where m.user.id in :userIds order by m.user.id, m.validFrom, m.id")
    List<TeamMembership> findHistories(@Param("userIds") Collection<Long> userIds);
}
