package com.certdesk.certification.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CertificateRepository extends JpaRepository<Certificate, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Certificate> {

    Optional<Certificate> findByCode(String code);

    /** Per user, the day of their first certificate of the program that was not revoked. */
    @Query("select c.userId, min(c.issuedOn) from Certificate c where c.programId = :programId "
            + "and c.revokedAt is null group by c.userId")
    List<Object[]> findFirstIssued(@Param("programId") long programId);

    @Query("select c from Certificate c where c.userId = :userId and c.programId = :programId order by c.seq")
    List<Certificate> findHistory(@Param("userId") long userId, @Param("programId") long programId);

    @Query("select c from Certificate c where c.userId = :userId order by c.issuedAt desc, c.id desc")
    List<Certificate> findByUserNewestFirst(@Param("userId") long userId);

    @Query("select c from Certificate c where c.userId in :userIds order by c.seq")
    List<Certificate> findByUsers(@Param("userIds") Collection<Long> userIds);

    /** How many ids one query takes: the database checks each row it reads against the whole list. */
    int USERS_PER_QUERY = 500;

    /**
     * As {@link #findByUsers}, for any number of users, {@value #USERS_PER_QUERY} a query: one list of 5,000 ids made
     * the database compare each certificate read with all 5,000 (seconds at contact-centre size).
     */
    default List<Certificate> findByManyUsers(Collection<Long> userIds) {
        List<Long> ids = List.copyOf(userIds);
        List<Certificate> all = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += USERS_PER_QUERY) {
            all.addAll(findByUsers(ids.subList(from, Math.min(ids.size(), from + USERS_PER_QUERY))));
        }
        return all;
    }

    @Query("select coalesce(max(c.seq), 0) from Certificate c where c.userId = :userId and c.programId = :programId")
    int maxSeq(@Param("userId") long userId, @Param("programId") long programId);

    @Query("""
            select c from Certificate c where c.revokedAt is null and c.validUntil is not null
            and c.validUntil between :from and :to order by c.validUntil
            """)
    List<Certificate> findValidUntilBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countByProgramId(long programId);

    @Query("select c from Certificate c order by c.issuedAt desc, c.id desc")
    org.springframework.data.domain.Page<Certificate> findNewestFirst(org.springframework.data.domain.Pageable pageable);

    @Query("""
            select c from Certificate c where c.userId in :userIds or c.code = :code
            order by c.issuedAt desc, c.id desc
            """)
    org.springframework.data.domain.Page<Certificate> findByHoldersOrCode(@Param("userIds") Collection<Long> userIds,
            @Param("code") String code, org.springframework.data.domain.Pageable pageable);
}
