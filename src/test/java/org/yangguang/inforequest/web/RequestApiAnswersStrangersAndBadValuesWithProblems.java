package org.yangguang.inforequest.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.yangguang.identity.Role;

/**
 * The requests API answers in problem+json: 401 without a token, 403 when the module refuses the caller, and 400
 * naming the field for a value it cannot read or a required answer that is missing — in the caller's language.
 */
@WebMvcTest(controllers = RequestApiController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = RequestWebSlice.SECURITY))
class RequestApiAnswersStrangersAndBadValuesWithProblems extends RequestWebSlice {

	@Test
	void callerWithoutATokenGets401() throws Exception {
		mvc.perform(get("/api/v1/requests")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(applications, handling);
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void requestTheModuleRefusesGets403() throws Exception {
		signedInAs(Role.CITIZEN);
		given(applications.view("YSQ2026000001")).willThrow(new AccessDeniedException("not yours"));
		mvc.perform(get("/api/v1/requests/YSQ2026000001")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithMockUser(roles = "CLERK")
	void pageThatIsNotANumberIsNamedInTheProblem() throws Exception {
		signedInAs(Role.CLERK);
		mvc.perform(get("/api/v1/requests").param("page", "second")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		verifyNoInteractions(handling);
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void applicationWithoutAnAgencyNamesTheFieldInTheCallersLanguage() throws Exception {
		signedInAs(Role.CITIZEN);
		String body = "{\"applicantType\":\"natural_person\",\"description\":\"招生计划\",\"delivery\":\"online\"}";
		mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agency"))
			.andExpect(jsonPath("$.errors[0].message").value("请选择要申请的行政机关。"));
		mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(body)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agency"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose the agency to apply to."));
		verify(applications, never()).apply(any());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void unknownAgencyCodeIsNamedInTheProblem() throws Exception {
		signedInAs(Role.CITIZEN);
		given(organisations.findByCode("NO-SUCH")).willReturn(Optional.empty());
		mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agency\":\"NO-SUCH\",\"applicantType\":\"natural_person\",\"description\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agency"));
		verify(applications, never()).apply(any());
	}
}
