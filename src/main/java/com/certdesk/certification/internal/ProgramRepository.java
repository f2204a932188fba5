package com.certdesk.certification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends JpaRepository<CertificationProgram, Long> {

    // module ids come in the same query (otherwise one more select per program); Hibernate dedupes the programs
    @Query("select p from CertificationProgram p left join fetch p.moduleIds order by lower(p.name)")
    List<CertificationProgram> findAllByName();

    @Query("""
            select p from CertificationProgram p left join fetch p.moduleIds
            where p.active = true order by lower(p.name)
            """)
    List<CertificationProgram> findActiveByName();

    @Query("select p from CertificationProgram p where p.active = true and :moduleId member of p.moduleIds")
    List<CertificationProgram> findActiveRequiring(@Param("moduleId") long moduleId);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
