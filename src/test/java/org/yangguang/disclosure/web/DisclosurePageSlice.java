package org.yangguang.disclosure.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.yangguang.notification.web.NotificationBell;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.internal.AccountRepository;
import org.yangguang.identity.internal.ApiTokens;
import org.yangguang.identity.internal.SecurityProperties;

/**
 * Beside {@code @WebMvcTest(SomeController.class)}: the platform's security ({@link DisclosureSliceSecurity}) with
 * the beans it and the layout ask for mocked. A test that stubs one of them autowires it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(DisclosureSliceSecurity.class)
@MockitoBean(types = { Identity.class, AccountRepository.class, ApiTokens.class, SecurityProperties.class,
		AuditLog.class })
@MockitoBean(name = "notificationBell", types = NotificationBell.class)
@interface DisclosurePageSlice {
}
