package org.yangguang.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yangguang.disclosure.FeeItem;
import org.yangguang.disclosure.ListsDesk;
import org.yangguang.disclosure.StructuredLists;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * The structured lists' maintenance pages, in a web slice with the platform's security and the module mocked: only
 * the leader or the disclosure office may keep lists, only for organisations in their scope, and a form comes back
 * with its error on the field — the module's rule or a date or amount that is none — in the page's language.
 */
@WebMvcTest(ListsAdminController.class)
@DisclosurePageSlice
class ListsPagesCheckKeeperAndShowFieldErrors {

	static final Organisation BUREAU = new Organisation(7, "520329-JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, 1L,
			"/1/7/", null, Organisation.Contact.NONE, 10, null, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StructuredLists lists;

	@MockitoBean
	Organisations organisations;

	@Autowired
	Identity identity;

	@BeforeEach
	void bureau() {
		when(identity.currentUser()).thenReturn(Optional.empty());
		when(lists.kept(any())).thenReturn(BUREAU);
		FeeItem certificates = new FeeItem(5, BUREAU.id(), "教师资格证书工本费", "《教师资格条例》", "每本10元", "余庆县教育局",
				false, null, new TreeMap<>());
		when(lists.desk(anyString())).thenReturn(new ListsDesk(BUREAU, List.of(BUREAU), false, List.of(), List.of(),
				List.of(certificates), List.of()));
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		mvc.perform(get("/workbench/disclosure/lists")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCitizenIsRefused() throws Exception {
		mvc.perform(get("/workbench/disclosure/lists").with(user("citizen1").roles("CITIZEN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClerkDoesNotKeepLists() throws Exception {
		mvc.perform(get("/workbench/disclosure/lists").with(user("clerk").roles("CLERK")))
			.andExpect(status().isForbidden());
		verify(lists, never()).desk(any());
	}

	@Test
	void theLeaderSeesTheLists() throws Exception {
		mvc.perform(get("/workbench/disclosure/lists").with(leader())).andExpect(status().isOk())
			.andExpect(model().attribute("organisation", BUREAU));
	}

	@Test
	void anOrganisationOutOfScopeIsRefused() throws Exception {
		when(lists.kept("520329-CZJ")).thenThrow(new AccessDeniedException("out of scope"));
		mvc.perform(get("/workbench/disclosure/lists").param("org", "520329-CZJ").with(office()))
			.andExpect(status().isForbidden());
		mvc.perform(power("520329-CZJ", "").with(office())).andExpect(status().isForbidden());
		verify(lists, never()).addPower(anyLong(), any());
	}

	@Test
	void aMissingNameComesBackOnItsFieldInChinese() throws Exception {
		when(lists.addPower(anyLong(), any()))
			.thenThrow(RuleViolationException.onField("name", "disclosure.list.error.required"));
		String page = page(power(BUREAU.code(), ""));
		assertThat(page).contains("请填写此项", "error-summary", "form-group-error");
	}

	@Test
	void aMissingNameComesBackOnItsFieldInEnglish() throws Exception {
		when(lists.addPower(anyLong(), any()))
			.thenThrow(RuleViolationException.onField("name", "disclosure.list.error.required"));
		String page = page(power(BUREAU.code(), "").param("lang", "en"));
		assertThat(page).contains("Fill in this field.").doesNotContain("请填写此项");
	}

	@Test
	void aDecisionDateThatIsNoDateGetsTheTypeMismatchMessageOnItsField() throws Exception {
		mvc.perform(result("2026-13-40")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("resultForm", "decidedOn", "typeMismatch"));
		assertThat(page(result("2026-13-40"))).contains("请填写有效的日期", "2026-13-40");
		assertThat(page(result("2026-13-40").param("lang", "en"))).contains("Enter a real date");
		verify(lists, never()).recordResult(anyLong(), any());
	}

	@Test
	void anAmountThatIsNoNumberGetsTheTypeMismatchMessageOnItsField() throws Exception {
		mvc.perform(collection("十二元")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("collectionForm", "amount", "typeMismatch"));
		assertThat(page(collection("十二元"))).contains("请填写数字");
		assertThat(page(collection("十二元").param("lang", "en"))).contains("Enter a number");
		verify(lists, never()).recordCollection(anyLong(), any(), any(), any());
	}

	private MockHttpServletRequestBuilder power(String code, String name) {
		return post("/workbench/disclosure/lists/" + code + "/powers").with(csrf()).with(leader())
			.param("code", "XK-001").param("name", name).param("kind", "licensing").param("legalBasis", "《教育法》");
	}

	private MockHttpServletRequestBuilder result(String decidedOn) {
		return post("/workbench/disclosure/lists/" + BUREAU.code() + "/results").with(csrf()).with(office())
			.param("powerId", "3").param("kind", "licensing").param("caseNo", "余教许〔2026〕1号")
			.param("partyName", "余庆县某培训学校").param("decision", "准予许可").param("decidedOn", decidedOn);
	}

	private MockHttpServletRequestBuilder collection(String amount) {
		return post("/workbench/disclosure/lists/" + BUREAU.code() + "/collections").with(csrf()).with(office())
			.param("feeItemId", "5").param("year", "2026").param("amount", amount);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor leader() {
		return user("leader").roles("LEADER");
	}

	private static RequestPostProcessor office() {
		return user("office").roles("DISCLOSURE_OFFICE");
	}
}
