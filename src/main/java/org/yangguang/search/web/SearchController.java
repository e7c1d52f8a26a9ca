package org.yangguang.search.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchIndex;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;
import org.yangguang.search.SearchSort;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 站内搜索 — the public search page: the words, filters by organisation, column, topic, genre, validity and year,
 * results with their highlighted passages, order and pages. A plain GET form: it works without JavaScript and
 * every result page can be bookmarked. The home page's search box lands here.
 */
@Controller
class SearchController {

	private final SearchIndex search;
	private final Clock clock;

	SearchController(SearchIndex search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	@GetMapping(SearchForm.PATH)
	String search(@ModelAttribute("form") SearchForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		model.addAttribute("options", search.filterOptions());
		model.addAttribute("sorts", SearchSort.values());
		model.addAttribute("maxPosition", SearchQuery.MAX_POSITION);
		if (!form.asked()) {
			return "search/results";
		}
		try {
			SearchQuery query = form.toQuery();
			SearchResults results = search.search(query);
			model.addAttribute("query", query);
			model.addAttribute("results", results);
			model.addAttribute("hits", results.hits().stream()
				.map(hit -> new HitView(hit, hit.publishedAt().atZone(clock.getZone()).toLocalDate())).toList());
			model.addAttribute("links", new Links(form));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "search/results";
	}

	/** A hit and its day of publication in the platform's time zone. */
	record HitView(SearchHit hit, LocalDate publishedOn) {
	}

	/** Links to other pages and orders of the same search, for the template. */
	record Links(SearchForm form) {

		public String page(int page) {
			return form.pageLink(page);
		}

		public String sort(SearchSort sort) {
			return form.sortLink(sort.key());
		}
	}
}
