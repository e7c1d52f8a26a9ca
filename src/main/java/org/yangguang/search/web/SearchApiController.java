package org.yangguang.search.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.search.RebuildResult;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchIndex;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/search} (public): full-text search over published content, as
 * {@code {"total": N, "hits": [{"id", "title", "indexNo", "org", "publishedAt", "snippet", …}]}};
 * {@code POST /api/v1/search/rebuild} (administrators): rebuild the index on every node.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text Chinese search over published content, with filters, highlighted "
		+ "snippets and sorting by relevance or date.")
class SearchApiController {

	private final SearchIndex search;
	private final Clock clock;

	SearchApiController(SearchIndex search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	/**
	 * @param total how many items match
	 * @param page  zero-based page
	 * @param size  page size
	 * @param hits  this page's items
	 */
	record ResultsBody(long total, int page, int size, List<HitBody> hits) {
	}

	/**
	 * One hit. {@code id} is a number for sources with numeric ids (documents); {@code snippet} is HTML whose only
	 * markup is {@code <mark>} around the matched words, all text escaped.
	 */
	record HitBody(Object id, String source, String title, String indexNo, String docNo, String org, String orgCode,
			String column, String topic, String genre, String validity, String writtenOn, String publishedAt,
			String url, String snippet) {
	}

	record RebuildBody(long items, long position, long tookMillis) {
	}

	@Operation(summary = "Search published content")
	@GetMapping
	ResultsBody search(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
			@RequestParam(required = false) String subtree, @RequestParam(required = false) String column,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String genre,
			@RequestParam(required = false) String validity, @RequestParam(required = false) String year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		SearchResults results = search.search(
				SearchQuery.parse(q, org, subtree, column, topic, genre, validity, year, sort, page, size));
		return new ResultsBody(results.total(), results.page(), results.size(),
				results.hits().stream().map(this::body).toList());
	}

	@Operation(summary = "Rebuild the search index from the database on every node (administrators)")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	RebuildBody rebuild() {
		RebuildResult result = search.rebuild();
		return new RebuildBody(result.items(), result.position(), result.took().toMillis());
	}

	private HitBody body(SearchHit hit) {
		return new HitBody(numericOrText(hit.id()), hit.source(), hit.title(), hit.indexNo(), hit.docNo(),
				hit.organisationName(), hit.organisationCode(), hit.column(), hit.topic(), hit.genre(), hit.validity(),
				hit.writtenOn() == null ? null : hit.writtenOn().toString(),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(hit.publishedAt().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone())),
				hit.url(), hit.snippet());
	}

	private static Object numericOrText(String id) {
		return id.matches("\\d{1,18}") ? (Object) Long.valueOf(id) : id;
	}
}
