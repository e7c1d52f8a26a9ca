package org.yangguang.disclosure.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yangguang.disclosure.ColumnListing;
import org.yangguang.disclosure.PublicDisclosure;
import org.yangguang.organisation.Organisation;

/** Atom feeds per organisation and per column, and {@code /sitemap.xml} of the portal and every public document. */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
	static final int SITEMAP_LIMIT = 49_000;

	private final OrganisationDirectory directory;
	private final PublicDisclosure disclosure;
	private final Clock clock;

	FeedController(OrganisationDirectory directory, PublicDisclosure disclosure, Clock clock) {
		this.directory = directory;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@GetMapping("/disclosure/feeds/org/{code}.atom")
	ResponseEntity<String> organisation(@PathVariable String code, HttpServletRequest request) {
		Organisation org = directory.byCode(code);
		var documents = disclosure.newest(org.id());
		String base = base();
		return ResponseEntity.ok().contentType(ATOM)
			.body(AtomFeed.render(base, "/disclosure/feeds/org/" + org.code() + ".atom",
					"/disclosure/org/" + org.code(), org.name() + " — 政府信息公开", base + "/disclosure/org/" + org.code(),
					documents, directory.byId(), clock.instant()));
	}

	@GetMapping("/disclosure/feeds/columns/{columnId}.atom")
	ResponseEntity<String> column(@PathVariable long columnId) {
		ColumnListing feed = disclosure.columnFeed(columnId);
		Organisation org = feed.organisation();
		String base = base();
		String page = "/disclosure/org/" + org.code() + "/columns/" + columnId;
		return ResponseEntity.ok().contentType(ATOM)
			.body(AtomFeed.render(base, "/disclosure/feeds/columns/" + columnId + ".atom", page,
					org.name() + " — " + feed.column().name(), base + page, feed.documents().items(),
					directory.byId(), clock.instant()));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String base = base();
		StringBuilder xml = new StringBuilder(64 * 1024);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : List.of("/", "/disclosure", "/disclosure/guide", "/disclosure/rules",
				"/disclosure/annual-reports", "/disclosure/catalog")) {
			url(xml, base + path, null);
		}
		for (Organisation org : directory.byId().values().stream().filter(o -> !o.retired())
			.sorted(java.util.Comparator.comparing(Organisation::code)).toList()) {
			url(xml, base + "/disclosure/org/" + org.code(), null);
		}
		disclosure.eachPublic(SITEMAP_LIMIT,
				e -> url(xml, base + "/disclosure/documents/" + e.id(), e.lastModified().toString()));
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(xml.toString());
	}

	private static void url(StringBuilder xml, String loc, String lastModified) {
		xml.append("  <url><loc>").append(AtomFeed.esc(loc)).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
