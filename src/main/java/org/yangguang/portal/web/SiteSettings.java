package org.yangguang.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the footer of every page says about the site, set by the administrator in the configuration
 * ({@code yangguang.site.*}): the sponsor (主办), its address and telephone, the ICP filing number (ICP备案号) and the
 * public security filing number (公安机关备案号). Unset ones are not shown.
 */
@ConfigurationProperties("yangguang.site")
public record SiteSettings(@DefaultValue(SiteSettings.DEFAULT_SPONSOR) String sponsor, String address, String phone,
		String icp, String policeFiling) {

	static final String DEFAULT_SPONSOR = "余庆县人民政府办公室";

	/** The sponsor alone, where the settings are not bound (a web-layer test slice). */
	static SiteSettings defaults() {
		return new SiteSettings(DEFAULT_SPONSOR, null, null, null, null);
	}
}
