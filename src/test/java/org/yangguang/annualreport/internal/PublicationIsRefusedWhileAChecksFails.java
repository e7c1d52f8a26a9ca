package org.yangguang.annualreport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.AppealTable;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.ApplicantCounts;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.RequestTable;
import org.yangguang.audit.AuditLog;
import org.yangguang.disclosure.DisclosurePublishing;
import org.yangguang.identity.AccountKind;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.Outcome;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A report whose figures fail a check is not published: 400 on the field {@code checks}, the failed checks listed
 * with what they expected and found, nothing sent to the catalog and nothing frozen.
 */
class PublicationIsRefusedWhileAChecksFails {

	static final Organisation BUREAU = new Organisation(7, "520329-JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, 1L,
			"/1/7/", null, Organisation.Contact.NONE, 0, null, null);
	static final CurrentUser LEADER = new CurrentUser(4, "leader", "分管领导", AccountKind.STAFF, 7L,
			Set.of(Role.LEADER));

	@Test
	void failedChecksAreListedAndNothingIsPublished() {
		AnnualReportRepository repository = mock(AnnualReportRepository.class);
		ReportCompiler compiler = mock(ReportCompiler.class);
		DisclosurePublishing publishing = mock(DisclosurePublishing.class);
		AuditLog audit = mock(AuditLog.class);
		StoredReport stored = new StoredReport(1, 7, 2025, "总体情况", "问题", "无", 1, Instant.EPOCH, "office", null,
				null, null, null, false, 0, null, null);
		when(repository.lock(7, 2025)).thenReturn(stored);
		ApplicantCounts ten = new ApplicantCounts(10, 0, 0, 0, 0, 0, 10);
		ApplicantCounts nine = new ApplicantCounts(9, 0, 0, 0, 0, 0, 9);
		ReportFigures unbalanced = new ReportFigures(ProactiveTable.EMPTY,
				new RequestTable(ten, ApplicantCounts.ZERO, Map.of(Outcome.GRANTED, nine), nine, ApplicantCounts.ZERO),
				new AppealTable(AppealBlock.NONE, AppealBlock.NONE, AppealBlock.NONE), BigDecimal.ZERO);
		when(compiler.compile(any(), anyInt(), any())).thenAnswer(call -> new org.yangguang.annualreport.AnnualReport(
				BUREAU, 2025, unbalanced, ConsistencyChecks.of(unbalanced), stored.sections(),
				PublicationDeadline.forReport(BUREAU.kind(), 2025), null));
		ReportPublisher publisher = new ReportPublisher(repository, compiler, mock(ReportDocuments.class), publishing,
				audit, JsonMapper.builder().build(),
				Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

		assertThatThrownBy(() -> publisher.publish(BUREAU, 2025, LEADER))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.field()).isEqualTo("checks");
				assertThat(e.messageKey()).isEqualTo("annualreport.error.checksFailed");
				assertThat(e.args()[0]).isEqualTo(2);
				assertThat((String) e.args()[1]).contains("table3.balance.naturalPerson (10 ≠ 9)",
						"table3.balance.total (10 ≠ 9)");
			});
		verify(publishing, never()).publishAnnualReport(anyLong(), anyInt(), anyString(), anyString(), any());
		verify(repository, never()).markPublished(anyLong(), any(), any(), anyString(), anyLong(),
				org.mockito.ArgumentMatchers.anyBoolean(), anyString());
		verify(audit, never()).record(anyString(), anyString(), anyString(), any(), any(), any());
	}
}
