package org.yangguang.portal.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own static files, served from {@code classpath:/static/} under exactly the paths they have
 * ({@code /css/**}, {@code /favicon.svg}), fingerprinted by content ({@code /css/yangguang-<md5>.css}, which the
 * templates' {@code @{...}} links become) and cached for a year as immutable. The default catch-all mapping
 * ({@code /**}, switched off with {@code spring.web.resources.add-mappings=false}) made every link of every page —
 * dozens per page — look for a static file of that name inside the jar: measured with JFR on
 * {@code /disclosure/documents/3} under load, 77 % of the CPU samples were {@code ClassLoader.getResource} below
 * {@code ResourceUrlEncodingFilter}.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/favicon.svg")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
