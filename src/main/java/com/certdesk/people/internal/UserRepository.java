package com.certdesk.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, Long> {

    /** Exact match on the canonical username (see {@link com.certdesk.security.Usernames}); no case folding. */
    Optional<User> findByUsername(String canonicalUsername);

    boolean existsByUsername(String canonicalUsername);

    @Query("select u.securityVersion from User u where u.id = :id and u.active = true")
    @org.jspecify.annotations.Nullable
    Long findActiveSecurityVersion(@Param("id") long id);

    // The sign-in throttle's counters: bulk updates, so they never touch the entity's optimistic-locking version.
    @Modifying
    @Query("update User u set u.failedSignIns = 0, u.lockedUntil = null where u.id = :id and u.lockedUntil <= :now")
    int clearExpiredLock(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update User u set u.failedSignIns = u.failedSignIns + 1 where u.id = :id")
    int countFailedSignIn(@Param("id") long id);

    @Modifying
    @Query("""
            update User u set u.lockedUntil = :until
            where u.id = :id and u.lockedUntil is null and u.failedSignIns >= :max
            """)
    int lockAfterFailures(@Param("id") long id, @Param("max") int maxFailures, @Param("until") Instant until);

    @Modifying
    @Query("update User u set u.failedSignIns = 0, u.lockedUntil = null where u.id = :id")
    int clearFailedSignIns(@Param("id") long id);

    @Query("select new com.certdesk.security.spi.FailedSignIns(u.failedSignIns, u.lockedUntil) from User u where u.id = :id")
    Optional<com.certdesk.security.spi.FailedSignIns> findFailedSignIns(@Param("id") long id);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByExternalId(String externalId);

    long countByTeamIdAndActiveTrue(long teamId);

    @Query("select u.username from User u where u.username in :usernames")
    List<String> findExistingUsernames(@Param("usernames") Collection<String> canonicalUsernames);

    @Query("select u.email from User u where lower(u.email) in :emails")
    List<String> findExistingEmails(@Param("emails") Collection<String> lowerCaseEmails);

    @Query(value = """
            select u from User u left join fetch u.team t
            where (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text
                   or lower(u.email) like :text)
              and (:includeInactive = true or u.active = true)
            """,
            countQuery = """
            select count(u) from User u
            where (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text
                   or lower(u.email) like :text)
              and (:includeInactive = true or u.active = true)
            """)
    Page<User> search(@Param("text") String likePattern, @Param("includeInactive") boolean includeInactive,
            Pageable pageable);

    @Query(value = """
            select u from User u join u.roles r left join fetch u.team t
            where t.id = :teamId and r = :role and u.active = true
            """,
            countQuery = """
            select count(u) from User u join u.roles r
            where u.team.id = :teamId and r = :role and u.active = true
            """)
    Page<User> findActiveInTeamWithRole(@Param("teamId") long teamId, @Param("role") String role, Pageable pageable);

    /**
     * Users with the role in these teams (a deactivated user keeps the team they were last in) whose active flag is
     * one of {@code states} and whose name matches the pattern ('' for all), by name.
     */
    @Query("""
            select new com.certdesk.people.TeamMember(u.id, u.displayName, t.id, t.name, u.active)
            from User u join u.team t join u.roles r
            where t.id in :teamIds and r = :role and u.active in :states
              and (:text = '' or lower(u.displayName) like :text escape '\\')
            order by lower(u.displayName), u.id
            """)
    List<com.certdesk.people.TeamMember> findMembersWithRole(@Param("teamIds") Collection<Long> teamIds,
            @Param("role") String role, @Param("text") String likePattern, @Param("states") Collection<Boolean> states);

    /** How many of these users are members of a team the manager manages. */
    @Query("""
            select count(distinct u.id) from Team t join t.managers m join User u on u.team = t
            where m.id = :managerId and u.id in :userIds
            """)
    long countManagedBy(@Param("userIds") Collection<Long> userIds, @Param("managerId") long managerId);

    @Query("select u from User u join u.roles r where r = :role and u.active = true order by u.displayName")
    List<User> findActiveWithRole(@Param("role") String role);

    /** Active users with the role in any team or none, by name, a page at a time. */
    @Query(value = """
            select u from User u join u.roles r left join fetch u.team t
            where r = :role and u.active = true
            order by lower(u.displayName), u.id
            """,
            countQuery = "select count(u) from User u join u.roles r where r = :role and u.active = true")
    Page<User> pageActiveWithRole(@Param("role") String role, Pageable pageable);

    /** Active users with the role in the teams this manager manages, by name, a page at a time. */
    @Query(value = """
            select u from User u join u.roles r join fetch u.team t
            where r = :role and u.active = true
              and t.id in (select mt.id from Team mt join mt.managers m where m.id = :managerId)
            order by lower(u.displayName), u.id
            """,
            countQuery = """
            select count(u) from User u join u.roles r
            where r = :role and u.active = true
              and u.team.id in (select mt.id from Team mt join mt.managers m where m.id = :managerId)
            """)
    Page<User> pageActiveWithRoleManagedBy(@Param("role") String role, @Param("managerId") long managerId,
            Pageable pageable);

    @Query("select u.id from User u join u.roles r where r = :role and u.active = true order by u.id")
    List<Long> findActiveIdsWithRole(@Param("role") String role);

    /** Each active user with this role and their current team's id (null in none), by id. */
    @Query("select u.id, t.id from User u join u.roles r left join u.team t where r = :role and u.active = true order by u.id")
    List<Object[]> findActiveIdsAndTeamsWithRole(@Param("role") String role);

    @Query("select count(u) > 0 from Team t join t.managers m join User u on u.team = t where m.id = :managerId and u.id = :userId")
    boolean isManagedBy(@Param("userId") long userId, @Param("managerId") long managerId);

    @Query("select u.team.id, count(u) from User u where u.active = true and u.team is not null group by u.team.id")
    List<Object[]> countActiveMembersPerTeam();

    @Query("select count(u) from User u where u.active = true and u.team.id = :teamId")
    long countActiveMembersOfTeam(@Param("teamId") long teamId);

    /** id and external id of the users with one of these external ids (any user, active or not). */
    @Query("select u.id, u.externalId from User u where u.externalId in :externalIds")
    List<Object[]> findIdsByExternalIds(@Param("externalIds") Collection<String> externalIds);

    /** id and lower-case e-mail of the users with one of these e-mails (given in lower case). */
    @Query("select u.id, lower(u.email) from User u where lower(u.email) in :emails")
    List<Object[]> findIdsByLowerEmails(@Param("emails") Collection<String> lowerCaseEmails);
}
