package com.certdesk.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByNameIgnoreCase(String name);

    @Query("select t from Team t order by t.name")
    List<Team> findAllOrderByName();

    @Query("select t from Team t join t.managers m where m.id = :managerId order by t.name")
    List<Team> findManagedBy(@Param("managerId") long managerId);

    @Query("select count(t) > 0 from Team t join t.managers m where m.id = :managerId and t.id = :teamId")
    boolean isManagedBy(@Param("teamId") long teamId, @Param("managerId") long managerId);
}
