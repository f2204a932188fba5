package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.engagement.Visibility;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.insight.DashboardFixtures;
import com.certdesk.security.Roles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The training and service report: per-agent figures as the feedback feature has them, engagement only by team. */
@ServiceTest
class TrainingServiceReportTest {

    @Autowired
    TrainingServiceReport report;
    @Autowired
    FeedbackFigures feedback;
    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void hr_gets_each_agents_figures_as_the_feedback_feature_has_them_and_no_number_below_the_minimum() throws Exception {
        DashboardFixtures.Scenario s = scenarios.build();
        var filter = new TrainingServiceReport.Filter(s.teamA(), s.period().start(), s.period().end().minusDays(1),
                "");
        fixtures.signIn(s.hr());
        List<TrainingServiceRow> rows = report.rows(filter);
        assertThat(rows).extracting(TrainingServiceRow::userId).containsExactlyInAnyOrder(s.certifiedId(),
                s.fewRatingsId(), s.unratedId());
        TrainingServiceRow certified = rows.stream().filter(r -> r.userId() == s.certifiedId()).findFirst()
                .orElseThrow();
        PeriodFigures own = feedback.figures(FigureScope.agent(s.certifiedId()), s.period().start(), s.period().end());
        assertThat(certified.csat()).isEqualTo(own.csat());
        assertThat(certified.ces()).isEqualTo(own.ces());
        assertThat(certified.csat().n()).isEqualTo(12);
        assertThat(certified.csat().enough()).isTrue();
        assertThat(certified.certifiedPrograms()).containsExactly(s.program().name());
        assertThat(certified.modulesCompleted()).isEqualTo(1);
        TrainingServiceRow few = rows.stream().filter(r -> r.userId() == s.fewRatingsId()).findFirst().orElseThrow();
        assertThat(few.nps().n()).isEqualTo(5);
        assertThat(few.nps().value()).isNull();
        assertThat(TrainingServiceReport.status(few.nps())).isEqualTo("fewer than "
                + feedback.minimumResponses() + " ratings");

        assertThat(report.count(filter)).isEqualTo(3);
        assertThat(report.page(filter, PageRequest.of(0, 2)).getContent()).hasSize(2);
        var csv = new ByteArrayOutputStream();
        assertThat(report.export(filter, ExportFormat.CSV, csv)).isEqualTo(report.count(filter));
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8).substring(1);
        assertThat(text).doesNotContain(DashboardFixtures.SECRET_COMMENT);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
        assertThat(records).hasSize(4);
        List<String> header = records.getFirst().getFields();
        assertThat(header).noneMatch(h -> h.toLowerCase(Locale.ROOT).contains("comment")
                || h.toLowerCase(Locale.ROOT).contains("answer"));
        int npsValue = header.indexOf("NPS");
        int npsStatus = header.indexOf("NPS status");
        CsvRecord fewLine = records.stream().filter(r -> r.getField(1).equals(few.agent())).findFirst().orElseThrow();
        assertThat(fewLine.getField(npsValue)).isEmpty();
        assertThat(fewLine.getField(header.indexOf("NPS 95% low"))).isEmpty();
        assertThat(fewLine.getField(npsStatus)).startsWith("fewer than");
        CsvRecord certifiedLine = records.stream().filter(r -> r.getField(1).equals(certified.agent())).findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(certifiedLine.getField(header.indexOf("CSAT %"))))
                .isEqualTo(Math.round(own.csat().value() * 10) / 10.0);
        assertThat(certifiedLine.getField(header.indexOf("CSAT n"))).isEqualTo("12");

        var xlsx = new ByteArrayOutputStream();
        assertThat(report.export(filter, ExportFormat.XLSX, xlsx)).isEqualTo(3);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(sh -> sh.getName()).containsExactly("Agents", "Team engagement");
            assertThat(sheets.getFirst().read()).hasSize(4);
        }

        fixtures.signIn(s.otherManager());
        assertThatThrownBy(() -> report.rows(filter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.count(filter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(filter, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        var all = new TrainingServiceReport.Filter(null, filter.from(), filter.to(), "");
        assertThat(report.rows(all)).extracting(TrainingServiceRow::userId).containsExactly(s.otherAgentId());
        fixtures.signIn(s.certified());
        assertThatThrownBy(() -> report.rows(all)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(all, ExportFormat.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new TrainingServiceReport.Filter(null, filter.to(), filter.from(), ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it starts");
    }

    @Test
    void engagement_shows_teams_only_above_the_threshold_and_no_filter_narrows_it_to_fewer() throws Exception {
        Fixtures.TwoTeams t = fixtures.twoTeams("svceng");
        List<String> big = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            big.add(fixtures.user("svceng-a" + i, t.teamA(), Roles.AGENT));
        }
        String alone = fixtures.user("svceng-b", t.teamB(), Roles.AGENT);
        long wave = engagement.openWave(t.teamA(), t.teamB());
        big.forEach(a -> engagement.answer(a, wave, 4, "Private words of an agent"));
        engagement.answer(alone, wave, 1, "The lone agent's words");
        engagement.closeWave(wave);

        fixtures.signIn(t.hr());
        var period = report.defaultFilter();
        List<TeamEngagementRow> rows = report.engagement(period).stream().filter(r -> r.wave() != null).toList();
        assertThat(rows).filteredOn(r -> t.teamB() == (r.teamId() == null ? -1 : r.teamId())).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.visibility()).isEqualTo(Visibility.TOO_FEW);
                    assertThat(r.figure()).isNull();
                    assertThat(r.respondents()).isNull();
                    assertThat(r.status()).startsWith("Fewer than 5 responses: hidden");
                });
        // team A alone has five, but with it shown everyone minus team A would be the lone agent
        assertThat(rows).filteredOn(r -> r.teamId() != null && r.teamId() == t.teamA()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.figure()).isNull());
        assertThat(rows).filteredOn(r -> r.figure() != null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.respondents()).isGreaterThanOrEqualTo(5));
        // the agent filter narrows the agent rows, never the engagement block
        var justTheLoneAgent = new ServiceFilters(period).agent("svceng-b");
        assertThat(report.rows(justTheLoneAgent)).hasSize(1);
        assertThat(report.engagement(justTheLoneAgent)).isEqualTo(report.engagement(period));
        // the team filter only picks a team's (hidden) rows; the tiny team gives nothing
        var tiny = new TrainingServiceReport.Filter(t.teamB(), period.from(), period.to(), "");
        assertThat(report.engagement(tiny)).isNotEmpty().allSatisfy(r -> assertThat(r.figure()).isNull());
        // two overlapping periods show the same wave figures, never a sum over a period to subtract
        var shorter = new TrainingServiceReport.Filter(null, period.to(), period.to(), "");
        assertThat(report.engagement(period)).containsAll(report.engagement(shorter));
        var csv = new ByteArrayOutputStream();
        report.exportEngagement(period, csv);
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Private words").doesNotContain("lone agent");
        assertThat(text.lines().findFirst().orElseThrow().toLowerCase(Locale.ROOT)).doesNotContain("comment")
                .doesNotContain("answer");

        fixtures.signIn(t.otherManager());
        var teamA = new TrainingServiceReport.Filter(t.teamA(), period.from(), period.to(), "");
        assertThatThrownBy(() -> report.engagement(teamA)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(alone);
        assertThatThrownBy(() -> report.engagement(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.exportEngagement(period, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_sees_the_engagement_of_their_own_team_only_and_the_workbook_carries_no_answer() throws Exception {
        Fixtures.TwoTeams t = fixtures.twoTeams("svcmgr");
        List<String> agents = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            agents.add(fixtures.user("svcmgr-a" + i, t.teamA(), Roles.AGENT));
            agents.add(fixtures.user("svcmgr-b" + i, t.teamB(), Roles.AGENT));
        }
        long wave = engagement.openWave(t.teamA(), t.teamB());
        agents.forEach(a -> engagement.answer(a, wave, a.contains("-a") ? 5 : 2, "Words only " + a + " wrote"));
        // while a wave is open every group waits for the close: one line per measure says so, not one per team
        fixtures.signIn(t.hr());
        var open = report.engagement(report.defaultFilter()).stream()
                .filter(r -> r.visibility() == Visibility.AFTER_CLOSE).toList();
        assertThat(open).isNotEmpty().allSatisfy(r -> {
            assertThat(r.group()).isEqualTo("Everyone asked");
            assertThat(r.figure()).isNull();
        });
        assertThat(open.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.survey() + "#" + r.wave() + "#" + r.measure(), java.util.stream.Collectors.counting())))
                .allSatisfy((wave1, lines) -> assertThat(lines).isEqualTo(1));
        engagement.closeWave(wave);

        fixtures.signIn(t.manager());
        var period = report.defaultFilter();
        List<TeamEngagementRow> rows = report.engagement(period).stream().filter(r -> r.wave() != null).toList();
        // their team, and everyone asked as the engagement feature shows it to them; never the other team alone
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.teamId() == null
                ? r.group().equals("Everyone asked") : r.teamId() == t.teamA()).isTrue());
        assertThat(rows).filteredOn(r -> r.teamId() != null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.respondents()).isEqualTo(6));
        var teamB = new TrainingServiceReport.Filter(t.teamB(), period.from(), period.to(), "");
        assertThatThrownBy(() -> report.engagement(teamB)).isInstanceOf(AccessDeniedException.class);

        var xlsx = new ByteArrayOutputStream();
        report.export(period, ExportFormat.XLSX, xlsx);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            var engagementRows = sheets.get(1).read();
            List<String> cells = engagementRows.stream().flatMap(r -> r.stream())
                    .filter(java.util.Objects::nonNull).map(c -> c.getRawValue()).filter(java.util.Objects::nonNull)
                    .toList();
            assertThat(cells).noneMatch(c -> c.contains("Words only")).noneMatch(c -> c.contains("svcmgr-b"));
            List<String> header = engagementRows.getFirst().stream().map(c -> c.getRawValue()).toList();
            int respondents = header.indexOf("Respondents");
            assertThat(respondents).isNotNegative();
            assertThat(engagementRows.subList(1, engagementRows.size()))
                    .filteredOn(r -> r.getCell(respondents) != null && r.getCell(respondents).getRawValue() != null)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(Double.parseDouble(r.getCell(respondents).getRawValue()))
                            .isGreaterThanOrEqualTo(5));
        }
    }

    /** A filter like another with a different agent name. */
    private record ServiceFilters(TrainingServiceReport.Filter base) {
        TrainingServiceReport.Filter agent(String name) {
            return new TrainingServiceReport.Filter(base.teamId(), base.from(), base.to(), name);
        }
    }
}
