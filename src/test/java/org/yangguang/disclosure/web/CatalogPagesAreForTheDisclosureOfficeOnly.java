package org.yangguang.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yangguang.disclosure.CatalogMaintenance;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.shared.RuleViolationException;

/**
 * The catalog and guide maintenance pages, in a web slice with the platform's security and the module mocked: only
 * the disclosure office (政务公开办) keeps columns and guides — not a citizen, a clerk or a leader — and only for
 * organisations in its scope; a new column comes back with its error on the field in the page's language.
 */
@WebMvcTest(CatalogAdminController.class)
@DisclosurePageSlice
class CatalogPagesAreForTheDisclosureOfficeOnly {

	static final Organisation BUREAU = new Organisation(7, "520329-JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, 1L,
			"/1/7/", null, Organisation.Contact.NONE, 10, null, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CatalogMaintenance catalog;

	@Autowired
	Identity identity;

	@BeforeEach
	void bureau() {
		when(identity.currentUser()).thenReturn(Optional.empty());
		when(catalog.maintained(any())).thenReturn(BUREAU);
		when(catalog.choices()).thenReturn(List.of(BUREAU));
		when(catalog.columns(anyLong())).thenReturn(List.of());
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		mvc.perform(get("/workbench/disclosure/catalog")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCitizenAClerkAndALeaderAreRefused() throws Exception {
		for (String role : List.of("CITIZEN", "CLERK", "LEADER")) {
			mvc.perform(get("/workbench/disclosure/catalog").with(user("someone").roles(role)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/workbench/disclosure/guide").with(user("someone").roles(role)))
				.andExpect(status().isForbidden());
		}
		verify(catalog, never()).maintained(any());
	}

	@Test
	void theOfficeSeesTheCatalog() throws Exception {
		mvc.perform(get("/workbench/disclosure/catalog").with(office())).andExpect(status().isOk())
			.andExpect(model().attribute("organisation", BUREAU));
	}

	@Test
	void anOrganisationOutOfScopeIsRefused() throws Exception {
		when(catalog.maintained("520329-CZJ")).thenThrow(new AccessDeniedException("out of scope"));
		mvc.perform(get("/workbench/disclosure/catalog").param("org", "520329-CZJ").with(office()))
			.andExpect(status().isForbidden());
		mvc.perform(column("520329-CZJ", "学生资助", "").with(office())).andExpect(status().isForbidden());
		verify(catalog, never()).add(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aMissingNameComesBackOnItsFieldInChineseAndEnglish() throws Exception {
		when(catalog.add(anyLong(), any(), any(), any(), any()))
			.thenThrow(RuleViolationException.onField("name", "disclosure.column.error.nameRequired"));
		assertThat(page(column(BUREAU.code(), "", ""))).contains("请填写栏目名称", "error-summary", "form-group-error");
		assertThat(page(column(BUREAU.code(), "", "").param("lang", "en")))
			.contains("Enter the name of the column.").doesNotContain("请填写栏目名称");
	}

	@Test
	void aParentThatIsNoNumberGetsTheTypeMismatchMessageOnItsField() throws Exception {
		mvc.perform(column(BUREAU.code(), "学生资助", "政策")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("columnForm", "parentId", "typeMismatch"));
		assertThat(page(column(BUREAU.code(), "学生资助", "政策"))).contains("请填写整数");
		verify(catalog, never()).add(anyLong(), any(), any(), any(), any());
	}

	private MockHttpServletRequestBuilder column(String code, String name, String parentId) {
		return post("/workbench/disclosure/catalog/" + code + "/columns").with(csrf()).with(office())
			.param("name", name).param("parentId", parentId).param("freshness", "regular");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor office() {
		return user("office").roles("DISCLOSURE_OFFICE");
	}
}
