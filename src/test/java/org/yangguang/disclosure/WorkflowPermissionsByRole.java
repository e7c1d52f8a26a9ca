package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.identity.Accounts;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * Who may take each step on a document of the education bureau (教育局): its clerk drafts and submits; its
 * leader and the county disclosure office (whose scope covers the bureau) review, publish, withdraw and repeal;
 * staff of another bureau, window staff and citizens may do none of it (403).
 */
@IntegrationTest
class WorkflowPermissionsByRole {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		Disclosure.ensureOtherDepartment(accounts, organisations);
	}

	/** action, user, allowed. */
	static Stream<Arguments> table() {
		return Stream.of(
				Arguments.of("edit", "clerk", true), Arguments.of("edit", "leader", true),
				Arguments.of("edit", "office", true), Arguments.of("edit", Disclosure.OTHER_CLERK, false),
				Arguments.of("edit", "window", false), Arguments.of("edit", "citizen1", false),
				Arguments.of("submit", "clerk", true), Arguments.of("submit", Disclosure.OTHER_CLERK, false),
				Arguments.of("submit", "supervisor", false),
				Arguments.of("review", "leader", true), Arguments.of("review", "office", true),
				Arguments.of("review", "clerk", false), Arguments.of("review", Disclosure.OTHER_LEADER, false),
				Arguments.of("review", "admin", false),
				Arguments.of("publish", "leader", true), Arguments.of("publish", "office", true),
				Arguments.of("publish", "clerk", false), Arguments.of("publish", Disclosure.OTHER_LEADER, false),
				Arguments.of("withdraw", "leader", true), Arguments.of("withdraw", "office", true),
				Arguments.of("withdraw", "clerk", false), Arguments.of("withdraw", Disclosure.OTHER_LEADER, false),
				Arguments.of("repeal", "leader", true), Arguments.of("repeal", "clerk", false),
				Arguments.of("repeal", Disclosure.OTHER_LEADER, false),
				Arguments.of("amend", "clerk", true), Arguments.of("amend", "office", true),
				Arguments.of("amend", Disclosure.OTHER_CLERK, false), Arguments.of("amend", "window", false));
	}

	@ParameterizedTest(name = "{0} by {1}: allowed = {2}")
	@MethodSource("table")
	void onlyTheRightRolesInScopeMayActOnADocument(String action, String user, boolean allowed) {
		long id = prepareFor(action);
		var response = switch (action) {
			case "edit" -> api.put("/api/v1/documents/" + id, Disclosure.draft(Disclosure.unique("修改后的标题")), user);
			case "review" -> api.post("/api/v1/documents/" + id + "/review", Disclosure.approve(), user);
			case "withdraw", "repeal" -> api.post("/api/v1/documents/" + id + "/" + action, Map.of("reason", "测试"),
					user);
			default -> api.post("/api/v1/documents/" + id + "/" + action, null, user);
		};
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(allowed ? 200 : 403);
	}

	/** A document of the education bureau in the state where {@code action} is legal. */
	private long prepareFor(String action) {
		String title = Disclosure.unique("权限测试 " + action);
		return switch (action) {
			case "edit", "submit" -> Disclosure.create(api, "clerk", Disclosure.draft(title));
			case "review" -> {
				long id = Disclosure.create(api, "clerk", Disclosure.draft(title));
				Disclosure.step(api, "clerk", id, "submit", null);
				yield id;
			}
			case "publish" -> {
				long id = Disclosure.create(api, "clerk", Disclosure.draft(title));
				Disclosure.step(api, "clerk", id, "submit", null);
				Disclosure.step(api, "leader", id, "review", Disclosure.approve());
				yield id;
			}
			default -> Disclosure.published(api, title);
		};
	}
}
