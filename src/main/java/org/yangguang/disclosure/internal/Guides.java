package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Guide;

/**
 * 公开指南 — each organisation's disclosure guide, kept current by the disclosure office of the organisation or
 * above it. Until the office writes one, the standard guide (条例 第十二条) is shown with the organisation's
 * contact data.
 */
@Service
@Transactional(readOnly = true)
public class Guides {

	public static final int MAX_OFFICE = 200;
	public static final int MAX_FAX = 60;
	public static final int MAX_WEBSITE = 300;
	public static final int MAX_BODY = 200_000;

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	Guides(JdbcClient jdbc, Organisations organisations, Identity identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	public Guide guide(long organisationId) {
		Organisation org = organisations.get(organisationId);
		return jdbc.sql("SELECT office_name, fax, website, body_html, updated_at, updated_by FROM disclosure_guide"
				+ " WHERE organisation_id = ?").param(organisationId)
			.query((rs, n) -> new Guide(org, rs.getString("office_name"), rs.getString("fax"), rs.getString("website"),
					rs.getString("body_html"), Rows.instant(rs, "updated_at"), rs.getString("updated_by"), true))
			.optional().orElseGet(() -> standard(org));
	}

	/** The office writes its guide. */
	@Transactional
	public Guide update(long organisationId, String officeName, String fax, String website, String body) {
		CurrentUser user = identity.requireInScope(organisationId, Role.DISCLOSURE_OFFICE);
		Guide before = guide(organisationId);
		String office = required("officeName", officeName, MAX_OFFICE, "disclosure.guide.error.officeRequired");
		String cleanFax = optional("fax", fax, MAX_FAX);
		String cleanSite = optional("website", website, MAX_WEBSITE);
		if (cleanSite != null && !cleanSite.matches("https?://\\S+")) {
			throw RuleViolationException.onField("website", "disclosure.guide.error.website");
		}
		String html = BodySanitizer.clean(body);
		if (BodySanitizer.text(html).isBlank()) {
			throw RuleViolationException.onField("body", "disclosure.guide.error.bodyRequired");
		}
		if (html.length() > MAX_BODY) {
			throw RuleViolationException.onField("body", "disclosure.error.tooLong", MAX_BODY);
		}
		Instant now = clock.instant();
		int updated = jdbc.sql("UPDATE disclosure_guide SET office_name = ?, fax = ?, website = ?, body_html = ?,"
				+ " updated_at = ?, updated_by = ? WHERE organisation_id = ?")
			.params(office, cleanFax, cleanSite, html, Rows.utc(now), user.displayName(), organisationId).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO disclosure_guide (organisation_id, office_name, fax, website, body_html, updated_at,"
					+ " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(organisationId, office, cleanFax, cleanSite, html, Rows.utc(now), user.displayName()).update();
		}
		audit.record("disclosure.guide.updated", "disclosure-guide", String.valueOf(organisationId),
				before.edited() ? before.officeName() + "\n" + before.bodyHtml() : null, office + "\n" + html, null);
		return guide(organisationId);
	}

	/** The standard guide for an organisation whose office has not written one. */
	static Guide standard(Organisation org) {
		String office = org.name() + "政务公开办公室";
		String body = """
				<h2>一、政府信息的分类与编排</h2>
				<p>本机关的政府信息按主动公开、依申请公开和不予公开分类管理。主动公开的信息按栏目编入政府信息公开目录，\
				每条信息载明索引号、标题、发布机构、成文日期、发布日期、文号、主题分类和有效性。</p>
				<h2>二、获取政府信息的方式</h2>
				<p>主动公开的政府信息通过本平台的政府信息公开专栏、政务服务中心查阅点和公告栏等途径公开，\
				自信息形成或者变更之日起20个工作日内予以公开。公众可以浏览、检索和下载。</p>
				<p>公民、法人或者其他组织可以向本机关申请获取主动公开以外的政府信息，可以通过本平台在线申请，\
				也可以当面或者邮寄提交书面申请。本机关收到申请后，能够当场答复的当场答复；不能当场答复的，\
				自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，\
				延长的期限最长不超过20个工作日。</p>
				<h2>三、收费</h2>
				<p>本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，\
				可以依法收取信息处理费。</p>
				<h2>四、监督和救济</h2>
				<p>公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者\
				政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
				""";
		return new Guide(org, office, null, null, body, null, null, false);
	}

	private static String required(String field, String value, int max, String key) {
		String v = optional(field, value, max);
		if (v == null) {
			throw RuleViolationException.onField(field, key);
		}
		return v;
	}

	private static String optional(String field, String value, int max) {
		String v = Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
		if (v != null && v.length() > max) {
			throw RuleViolationException.onField(field, "disclosure.error.tooLong", max);
		}
		return v;
	}
}
