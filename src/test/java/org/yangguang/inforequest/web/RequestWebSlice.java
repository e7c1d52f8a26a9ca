package org.yangguang.inforequest.web;

import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.yangguang.notification.web.NotificationBell;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.AccountKind;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.identity.internal.AccountRepository;
import org.yangguang.identity.internal.ApiTokens;
import org.yangguang.identity.internal.SecurityProperties;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.RequestDesk;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.organisation.Organisations;

import static org.mockito.BDDMockito.given;

/**
 * What the information-request controllers need in a {@code @WebMvcTest} slice: the facades as mocks, and the
 * real security configuration (its repositories mocked), so that the URL rules and the error mapping are the
 * application's own. Subclasses name the controllers and include {@code SecurityConfig} (see {@link #SECURITY}).
 */
abstract class RequestWebSlice {

	/** The security configuration is package-private in identity.internal: the slice includes it by name. */
	static final String SECURITY = "org\\.yangguang\\.identity\\.internal\\.SecurityConfig";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InformationRequests applications;

	@MockitoBean
	RequestHandling handling;

	@MockitoBean
	RequestDesk desk;

	@MockitoBean
	Organisations organisations;

	@MockitoBean
	Identity identity;

	@MockitoBean
	AccountRepository accounts;

	@MockitoBean
	ApiTokens tokens;

	@MockitoBean
	SecurityProperties securityProperties;

	@MockitoBean
	AuditLog audit;

	/** The progress lookup's rate limit (its own integration test proves it); never refuses in a slice. */
	@MockitoBean
	ProgressLookupLimit progressLookupLimit;

	/** The page header's bell (the layout reads {@code @notificationBell}); no notifications in a slice. */
	@MockitoBean(name = "notificationBell")
	NotificationBell bell;

	/** The facade sees the same person as Spring Security does. */
	void signedInAs(Role role) {
		boolean staff = role != Role.CITIZEN;
		CurrentUser user = new CurrentUser(7, role.name().toLowerCase(), role.name(),
				staff ? AccountKind.STAFF : AccountKind.CITIZEN, staff ? 1L : null, Set.of(role));
		given(identity.currentUser()).willReturn(Optional.of(user));
		given(identity.requireUser()).willReturn(user);
	}
}
