package org.dateline.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.SearchService;
import org.dateline.coverage.SearchService.Query;
import org.dateline.shared.DatelineProperties;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search over published stories. An empty query shows tips; a query with no searchable words or
 * no results says so helpfully; a query over 500 characters is cut, with a note. Bad filters are
 * ignored with a note rather than refused. {@code subject} (a subject's slug) narrows the search
 * to stories linked to that person, organization or event.
 */
@Controller
class SearchController {

	private final SearchService search;

	private final ReaderArticles articles;

	private final DatelineProperties properties;

	private final SubjectDirectory subjects;

	private final ResponseKeys keys;

	SearchController(SearchService search, ReaderArticles articles, DatelineProperties properties,
			SubjectDirectory subjects, ResponseKeys keys) {
		this.keys = keys;
		this.search = search;
		this.articles = articles;
		this.properties = properties;
		this.subjects = subjects;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String section,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Long sectionId = articles.section(section.strip()).map(ReaderArticles.SectionRef::id).orElse(null);
		SubjectLine about = subject.isBlank() ? null : subjects.bySlug(subject.strip()).orElse(null);
		if (!subject.isBlank() && about == null) {
			model.addAttribute("subjectNote", "The person, organization or event to search within was not found, so all stories were searched.");
		}
		LocalDate fromDate = date(from, model);
		LocalDate toDate = date(to, model);
		int pageNumber;
		try {
			pageNumber = Math.min(Math.max(1, Integer.parseInt(page.strip())), MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			pageNumber = 1;
		}
		SearchService.Results results = search.search(new Query(q, sectionId,
				fromDate == null ? null : fromDate.atStartOfDay(properties.zone()).toInstant(),
				toDate == null ? null : toDate.plusDays(1).atStartOfDay(properties.zone()).toInstant(),
				about == null ? null : about.id(), pageNumber));
		keys.add(CacheKeys.SEARCH);
		if (about != null) {
			keys.add(CacheKeys.subject(about.id()));
		}
		model.addAttribute("subject", about);
		model.addAttribute("results", results);
		model.addAttribute("q", results.query());
		model.addAttribute("section", sectionId == null ? "" : section.strip());
		model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
		model.addAttribute("to", toDate == null ? "" : toDate.toString());
		model.addAttribute("sections", articles.sections());
		return "site/search";
	}

	/** Past this page nobody reads; a larger number would overflow the offset. */
	static final int MAX_PAGE = 10_000;

	private static LocalDate date(String value, Model model) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 1 || date.getYear() > 9999) {
				// PostgreSQL cannot compare with '+999999999-12-31'
				throw new DateTimeParseException("out of range", value, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("dateNote", "A date was not understood and was left out. Use the form 2026-03-01.");
			return null;
		}
	}

}
