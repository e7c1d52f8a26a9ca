package org.yangguang.inforequest.web;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.yangguang.identity.Role;

/**
 * The staff case page and the ledger are for staff: an anonymous visitor is sent to sign in, a citizen is refused
 * (403) before any controller runs; staff whom the module refuses (wrong role, out of scope) get 403 too. The online
 * application is the other way round: for signed-in citizens, not for staff.
 */
@WebMvcTest(controllers = { RequestCaseController.class, RequestListController.class, RequestPortalController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = RequestWebSlice.SECURITY))
class StaffPagesAreClosedToAnonymousAndCitizens extends RequestWebSlice {

	static final String CASE = "/workbench/requests/YSQ2026000001";

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get(CASE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/workbench/requests")).andExpect(status().is3xxRedirection());
		verifyNoInteractions(applications, handling, desk);
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void citizenIsRefusedTheStaffPages() throws Exception {
		signedInAs(Role.CITIZEN);
		mvc.perform(get(CASE)).andExpect(status().isForbidden());
		mvc.perform(post(CASE + "/assign").with(csrf()).param("agencyId", "5")).andExpect(status().isForbidden());
		verifyNoInteractions(applications, handling, desk);
	}

	@Test
	@WithMockUser(roles = "WINDOW")
	void staffWhomTheModuleRefusesGetForbidden() throws Exception {
		signedInAs(Role.WINDOW);
		willThrow(new AccessDeniedException("window staff do not assign")).given(handling)
			.assign(eq("YSQ2026000001"), anyLong());
		mvc.perform(post(CASE + "/assign").with(csrf()).param("agencyId", "5")).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorSignsInBeforeApplying() throws Exception {
		mvc.perform(get("/requests/apply")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "CLERK")
	void staffDoNotApplyOnline() throws Exception {
		signedInAs(Role.CLERK);
		mvc.perform(get("/requests/apply")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void citizenMayOpenTheApplicationForm() throws Exception {
		signedInAs(Role.CITIZEN);
		mvc.perform(get("/requests/apply")).andExpect(status().isOk());
	}
}
