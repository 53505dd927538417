package org.dateline.site;

import java.util.List;

import com.rometools.rome.io.FeedException;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.SubjectPages;
import org.dateline.coverage.SubjectPages.Found;
import org.dateline.coverage.SubjectPages.Header;
import org.dateline.coverage.SubjectPages.Lookup;
import org.dateline.coverage.SubjectPages.Moved;
import org.dateline.shared.DatelineProperties;
import org.dateline.subject.SubjectKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The pages of people, organizations and events, with their coverage timelines, and their Atom
 * feeds. A slug the subject used to have (renamed, or merged into another) answers with a 301.
 */
@Controller
class SubjectPageController {

	private final SubjectPages pages;

	private final StructuredData structuredData;

	private final ReaderArticles articles;

	private final FeedController feeds;

	private final DatelineProperties properties;

	private final ResponseKeys keys;

	private final SitePictures pictures;

	SubjectPageController(SubjectPages pages, StructuredData structuredData, ReaderArticles articles,
			FeedController feeds, DatelineProperties properties, ResponseKeys keys, SitePictures pictures) {
		this.keys = keys;
		this.pictures = pictures;
		this.pages = pages;
		this.structuredData = structuredData;
		this.articles = articles;
		this.feeds = feeds;
		this.properties = properties;
	}

	@GetMapping({ "/people/{slug}", "/organizations/{slug}", "/events/{slug}" })
	Object show(@PathVariable String slug, @RequestParam(defaultValue = "1") String page,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		SubjectKind kind = kindOf(request.getRequestURI());
		int number = SectionPageController.parsePage(page);
		Lookup lookup = pages.find(kind, slug, number);
		if (lookup instanceof Moved moved) {
			return moved(moved, number > 1 ? "?page=" + number : "");
		}
		if (!(lookup instanceof Found found)) {
			throw new SubjectPageNotFoundException("'" + slug + "'");
		}
		if (number > found.page().timeline().pages()) {
			throw new SubjectPageNotFoundException("'" + slug + "' page " + number);
		}
		keys.add(CacheKeys.subject(found.page().header().id()));
		found.page().timeline().months().forEach(month -> month.stories()
			.forEach(entry -> keys.add(CacheKeys.story(entry.story().id()))));
		model.addAttribute("subject", found.page());
		java.util.List<org.dateline.article.reader.ArticleTeaser> shown = new java.util.ArrayList<>();
		found.page().timeline().months().forEach(month -> month.stories().forEach(entry -> shown.add(entry.story())));
		model.addAttribute("teaserPictures", pictures.teasers(shown));
		model.addAttribute("h", found.page().header());
		model.addAttribute("path", SiteUrls.subjectPath(kind, slug));
		model.addAttribute("jsonLd", structuredData.subject(found.page()));
		return "site/subject";
	}

	@GetMapping({ "/people/{slug}/feed.atom", "/organizations/{slug}/feed.atom", "/events/{slug}/feed.atom" })
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request) throws FeedException {
		SubjectKind kind = kindOf(request.getRequestURI());
		Header header = pages.header(kind, slug).orElse(null);
		if (header == null) {
			Lookup lookup = pages.find(kind, slug, 1);
			if (lookup instanceof Moved moved) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(java.net.URI.create(SiteUrls.subjectPath(moved.kind(), moved.slug()) + "/feed.atom"))
					.build();
			}
			throw new SubjectPageNotFoundException("'" + slug + "'");
		}
		String path = SiteUrls.subjectPath(kind, header.slug());
		keys.add(CacheKeys.subject(header.id()));
		return feeds.render(header.name() + " · " + properties.siteName(), path, path + "/feed.atom",
				articles.forSubjectFeed(header.id(), FeedController.ENTRIES));
	}

	private static RedirectView moved(Moved moved, String suffix) {
		RedirectView redirect = new RedirectView(SiteUrls.subjectPath(moved.kind(), moved.slug()) + suffix, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

	private static SubjectKind kindOf(String uri) {
		for (SubjectKind kind : List.of(SubjectKind.values())) {
			if (uri.contains("/" + kind.plural() + "/")) {
				return kind;
			}
		}
		throw new SubjectPageNotFoundException(uri);
	}

}
