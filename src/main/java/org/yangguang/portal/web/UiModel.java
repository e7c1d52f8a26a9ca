package org.yangguang.portal.web;

import java.util.List;

import org.yangguang.identity.CurrentUser;
import org.yangguang.portal.Section;

/** What the layout needs on every page: who is signed in, display preferences, navigation. */
public record UiModel(CurrentUser user, boolean largeText, boolean highContrast, String path, List<Section> sections,
		SiteSettings site) {
}
