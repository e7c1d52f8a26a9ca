package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * The permission table, role × action → allowed or denied, checked through HTTP for every demo account and an
 * anonymous visitor. Denied on the API is 403 (401 when anonymous); denied on a page is 403 (anonymous: sent to
 * the login page).
 */
@IntegrationTest
class PermissionMatrixTest {

	static final List<String> USERS = List.of("admin", "office", "clerk", "leader", "window", "operator",
			"supervisor", "auditor", "citizen1");
	static final Set<String> STAFF = Set.of("admin", "office", "clerk", "leader", "window", "operator",
			"supervisor", "auditor");

	/** Each action and the users allowed to do it; everyone else (and anonymous) is denied. */
	record Action(String name, boolean page, HttpMethod method, String path, Set<String> allowed) {
	}

	static final List<Action> ACTIONS = List.of(
			new Action("open the workbench", true, HttpMethod.GET, "/workbench", STAFF),
			new Action("open organisation administration", true, HttpMethod.GET, "/workbench/admin/organisations",
					Set.of("admin")),
			new Action("open account administration", true, HttpMethod.GET, "/workbench/admin/accounts",
					Set.of("admin")),
			new Action("browse the audit trail", true, HttpMethod.GET, "/workbench/audit", Set.of("auditor")),
			new Action("open my account page", true, HttpMethod.GET, "/account", Set.copyOf(USERS)),
			new Action("create an organisation", false, HttpMethod.POST, "/api/v1/organisations", Set.of("admin")),
			new Action("verify the audit chain", false, HttpMethod.GET, "/api/v1/audit/verify", Set.of("auditor")),
			new Action("search the audit trail", false, HttpMethod.GET, "/api/v1/audit", Set.of("auditor")),
			new Action("read my own account", false, HttpMethod.GET, "/api/v1/accounts/me", Set.copyOf(USERS)));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate rest;

	static Stream<Arguments> table() {
		List<Arguments> rows = new ArrayList<>();
		for (Action action : ACTIONS) {
			for (String user : USERS) {
				boolean allowed = action.allowed().contains(user);
				rows.add(Arguments.of(Named.of(user + (allowed ? " may " : " may not ") + action.name(), user),
						action, allowed));
			}
			rows.add(Arguments.of(Named.of("anonymous may not " + action.name(), (String) null), action, false));
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void roleActionTable(String user, Action action, boolean allowed) throws Exception {
		int status = action.page() ? pageStatus(action, user) : apiStatus(action, user);
		if (allowed) {
			assertThat(status).as(action.path()).isBetween(200, 299);
		}
		else if (user == null) {
			assertThat(status).as(action.path()).isIn(action.page() ? 302 : 401);
		}
		else {
			assertThat(status).as(action.path()).isEqualTo(403);
		}
	}

	private int pageStatus(Action action, String user) throws Exception {
		var request = get(action.path());
		if (user != null) {
			Cookie session = Pages.login(mvc, user);
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		if (user == null && result.getResponse().getStatus() == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		return result.getResponse().getStatus();
	}

	private int apiStatus(Action action, String user) {
		Object body = action.method() == HttpMethod.POST ? Map.of("code", "T" + UUID.randomUUID().toString()
			.substring(0, 8), "name", "测试机构", "kind", "department", "parentId", 1) : null;
		var response = new Api(rest).call(action.method(), action.path(), body, user);
		if (!response.getStatusCode().is2xxSuccessful()) {
			assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		}
		return response.getStatusCode().value();
	}
}
