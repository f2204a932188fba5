package com.certdesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.certification.CertStatus;
import com.certdesk.people.AgentActivity;
import com.certdesk.reporting.ProgressFilter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The audit log says what an export's filter narrowed, in words, leaving out what it left open. */
class AuditedExportTest {

    @Test
    void a_filter_is_told_by_the_parts_that_narrow_it() {
        var filter = new ProgressFilter(3L, null, CertStatus.OVERDUE, LocalDate.of(2026, 1, 1), null, " ana ",
                AgentActivity.INACTIVE);
        assertThat(AuditedExport.words(filter)).isEqualTo(
                "team id 3, status OVERDUE, certified from 2026-01-01, agent ana, agents INACTIVE");
    }

    @Test
    void an_open_filter_says_none_but_the_default_agents() {
        assertThat(AuditedExport.words(ProgressFilter.ALL)).isEqualTo("agents ACTIVE");
        record Nothing(String text) {
        }
        assertThat(AuditedExport.words(new Nothing(""))).isEqualTo("none");
        assertThat(AuditedExport.words("plain")).isEqualTo("plain");
    }
}
