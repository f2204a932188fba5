package com.certdesk.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByPublicId(String publicId);

    /** Whether a token of this name (any capitals) still works: not revoked and not expired. */
    @Query("select count(t) > 0 from ApiToken t where lower(t.name) = lower(:name) and t.revokedAt is null "
            + "and t.expiresAt > :now")
    boolean activeNamed(@Param("name") String name, @Param("now") Instant now);

    /**
     * Records a use unless one was recorded since {@code staleBefore}: at most one write per token and minute, and
     * the condition makes parallel requests write once. Returns the number of rows changed (0 or 1).
     */
    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
            + "and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
