/**
 * 门户 — what every page and every API answer share: the layout's model (signed-in user, large text, high contrast,
 * navigation by {@link org.yangguang.portal.Section}), the home page, the language choice (zh-CN first, English
 * with {@code ?lang=en}), error pages, and the mapping of business errors to RFC 9457 problem+json for
 * {@code /api/v1}.
 * <p>
 * Public API: only {@link org.yangguang.portal.Section}, the portal's top-level sections. The rest is web
 * infrastructure in {@code portal.web} that other modules use through Spring MVC, not by calling it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.yangguang.portal;
