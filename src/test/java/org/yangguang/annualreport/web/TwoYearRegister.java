package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yangguang.shared.UnifiedSocialCreditCode;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * A realistic register over two years for a department created for the test (a unique code under the given parent,
 * so that nothing else counts into it), imported by the disclosure office through {@code POST /api/v1/requests/import}.
 * <pre>
 * 2024: received 5 natural persons, 2 businesses; decided in 2024: 3 granted, 1 withheld (third party) — natural
 *       persons; 1 partial — business; open at the year's end: 1 natural person, 1 business.
 * 2025: carried in those 2 (decided 2025: granted, unable.notHeld); received 4 natural persons, 1 research
 *       institution, 1 legal service provider, 1 public-interest organisation; decided in 2025: 2 granted and
 *       1 other.noCorrection (natural persons), partial (research), notProcessed.repeated (legal service),
 *       withheld.processInfo (public interest); 1 natural person still open at the year's end.
 * </pre>
 */
final class TwoYearRegister {

	final String code;
	final String name;
	final List<String> trackingNos = new ArrayList<>();

	private TwoYearRegister(String code, String name) {
		this.code = code;
		this.name = name;
	}

	static TwoYearRegister importedFor(Api api, long parentId) {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		TwoYearRegister register = new TwoYearRegister("520329-AR" + suffix, "余庆县年报测试局" + suffix);
		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("code", register.code);
		organisation.put("name", register.name);
		organisation.put("kind", "department");
		organisation.put("parentId", parentId);
		organisation.put("creditCode", UnifiedSocialCreditCode.withCheck("11520329MB" + suffix + "A"));
		ResponseEntity<String> created = api.post("/api/v1/organisations", organisation, "admin");
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);

		List<Map<String, Object>> records = new ArrayList<>();
		String c = register.code;
		records.add(row(c, "natural_person", "2024-02-05", "online", "granted", "2024-02-27"));
		records.add(row(c, "natural_person", "2024-03-11", "in_person", "granted", "2024-03-20"));
		records.add(row(c, "natural_person", "2024-06-03", "post", "granted", "2024-06-28"));
		records.add(row(c, "natural_person", "2024-09-09", "online", "withheld.thirdParty", "2024-10-25"));
		records.add(row(c, "commercial", "2024-04-15", "registered_post", "partial", "2024-05-10"));
		records.add(row(c, "natural_person", "2024-12-20", "online", "granted", "2025-01-10"));
		records.add(row(c, "commercial", "2024-12-25", "fax", "unable.notHeld", "2025-02-01"));
		records.add(row(c, "natural_person", "2025-01-06", "online", "granted", "2025-01-24"));
		records.add(row(c, "natural_person", "2025-03-03", "in_person", "granted", "2025-03-14"));
		records.add(row(c, "natural_person", "2025-05-12", "online", "other.noCorrection", "2025-06-30"));
		records.add(row(c, "natural_person", "2025-12-22", "online", null, null));
		records.add(row(c, "research", "2025-04-07", "post", "partial", "2025-05-06"));
		records.add(row(c, "legal_service", "2025-07-01", "online", "notProcessed.repeated", "2025-07-08"));
		records.add(row(c, "public_interest", "2025-08-18", "registered_post", "withheld.processInfo", "2025-09-12"));
		ResponseEntity<String> imported = api.post("/api/v1/requests/import", records, "office");
		assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode result = Api.read(imported);
		assertThat(result.get("imported").asInt()).isEqualTo(records.size());
		result.get("trackingNos").forEach(n -> register.trackingNos.add(n.asString()));
		return register;
	}

	private static Map<String, Object> row(String agency, String type, String receivedOn, String channel,
			String outcome, String decidedOn) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("agency", agency);
		row.put("applicantType", type);
		row.put("receivedOn", receivedOn);
		row.put("channel", channel);
		if (outcome != null) {
			row.put("outcome", outcome);
			row.put("decidedOn", decidedOn);
		}
		return row;
	}
}
