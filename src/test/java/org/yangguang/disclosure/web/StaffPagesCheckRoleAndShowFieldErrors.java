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
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yangguang.disclosure.ContentProblem;
import org.yangguang.disclosure.DraftingChoices;
import org.yangguang.disclosure.StaffDesk;
import org.yangguang.disclosure.StaffDocuments;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisation;

/**
 * The staff's document pages, in a web slice with the platform's security and the module mocked: strangers are
 * sent to the login, a citizen and a role outside the workflow are refused, a document outside the user's scope
 * is refused, and a form comes back with every error on its field in the page's language.
 */
@WebMvcTest(StaffDocumentController.class)
@DisclosurePageSlice
class StaffPagesCheckRoleAndShowFieldErrors {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StaffDocuments documents;

	@Autowired
	Identity identity;

	@BeforeEach
	void organisation() {
		Organisation bureau = org.mockito.Mockito.mock(Organisation.class);
		when(bureau.name()).thenReturn("余庆县教育局");
		when(identity.currentUser()).thenReturn(Optional.empty());
		when(documents.homeOrganisation()).thenReturn(7L);
		when(documents.choices(anyLong())).thenReturn(new DraftingChoices(bureau, List.of()));
		when(documents.desk(any())).thenReturn(new StaffDesk("mine", List.of(), Map.of(),
				Map.of("mine", 0, "review", 0, "publish", 0, "all", 0), false, false, List.of(), Map.of()));
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		mvc.perform(get("/workbench/disclosure")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCitizenIsRefused() throws Exception {
		mvc.perform(get("/workbench/disclosure").with(user("citizen1").roles("CITIZEN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffOutsideTheWorkflowAreRefused() throws Exception {
		mvc.perform(get("/workbench/disclosure").with(user("window").roles("WINDOW")))
			.andExpect(status().isForbidden());
		verify(documents, never()).desk(any());
	}

	@Test
	void aClerkSeesTheDesk() throws Exception {
		mvc.perform(get("/workbench/disclosure").with(clerk())).andExpect(status().isOk())
			.andExpect(model().attribute("tab", "mine"));
	}

	@Test
	void aDocumentOutOfScopeIsRefused() throws Exception {
		when(documents.draft(42L)).thenThrow(new AccessDeniedException("out of scope"));
		mvc.perform(get("/workbench/disclosure/documents/42/edit").with(clerk())).andExpect(status().isForbidden());
	}

	@Test
	void aMissingTitleComesBackOnItsFieldInChinese() throws Exception {
		when(documents.check(anyLong(), any())).thenReturn(List.of(titleRequired()));
		String page = page(draft("", "2026-06-29"));
		assertThat(page).contains("请填写文件标题", "error-summary", "form-group-error");
		verify(documents, never()).create(any());
	}

	@Test
	void aMissingTitleComesBackOnItsFieldInEnglish() throws Exception {
		when(documents.check(anyLong(), any())).thenReturn(List.of(titleRequired()));
		String page = page(draft("", "2026-06-29").param("lang", "en"));
		assertThat(page).contains("Enter the title of the document.").doesNotContain("请填写文件标题");
	}

	@Test
	void aDateThatIsNoDateGetsTheTypeMismatchMessageOnItsField() throws Exception {
		when(documents.check(anyLong(), any())).thenReturn(List.of());
		mvc.perform(draft("关于开展暑期安全教育的通知", "2026-13-40")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "writtenOn", "typeMismatch"));
		String page = page(draft("关于开展暑期安全教育的通知", "2026-13-40"));
		assertThat(page).contains("请填写有效的日期", "2026-13-40");
		verify(documents, never()).create(any());
	}

	private static ContentProblem titleRequired() {
		return new ContentProblem("title", "disclosure.error.titleRequired");
	}

	private MockHttpServletRequestBuilder draft(String title, String writtenOn) {
		return post("/workbench/disclosure/documents").with(csrf()).with(clerk()).param("column", "通知公告")
			.param("title", title).param("writtenOn", writtenOn)
			.param("formedOn", "2026-06-29").param("classification", "proactive").param("body", "正文");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor clerk() {
		return user("clerk").roles("CLERK");
	}
}
