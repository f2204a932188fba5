package com.certdesk.certification.ui;

import com.certdesk.base.ui.AgentRecordOpener;
import com.certdesk.certification.CertificationMatrixService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The one agent record dialog, for the certification matrix and for other features' agent lists. */
@Component
class AgentRecords implements AgentRecordOpener {

    private final CertificationMatrixService matrix;
    private final Clock clock;

    AgentRecords(CertificationMatrixService matrix, Clock clock) {
        this.matrix = matrix;
        this.clock = clock;
    }

    @Override
    public void open(long userId) {
        new AgentRecordDialog(matrix.agentRecord(userId), LocalDate.now(clock)).open();
    }
}
