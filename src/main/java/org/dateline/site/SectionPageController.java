package org.dateline.site;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SectionRef;
import org.dateline.article.reader.ReaderArticles.Slice;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A section's stories, newest first, 20 a page at stable URLs ({@code ?page=2}). */
@Controller
class SectionPageController {

	static final int PAGE_SIZE = 20;

	private final ReaderArticles articles;

	private final ResponseKeys keys;

	private final SitePictures pictures;

	SectionPageController(ReaderArticles articles, ResponseKeys keys, SitePictures pictures) {
		this.articles = articles;
		this.keys = keys;
		this.pictures = pictures;
	}

	@GetMapping("/sections/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, Model model) {
		SectionRef section = articles.section(slug).orElseThrow(() -> new SectionPageNotFoundException("'" + slug + "'"));
		int number = parsePage(page);
		Slice<ArticleTeaser> stories = articles.inSection(slug, number, PAGE_SIZE);
		if (number > stories.pages()) {
			throw new SectionPageNotFoundException("'" + slug + "' page " + number);
		}
		keys.add(CacheKeys.section(section.id()), CacheKeys.sectionStories(section.id()));
		keys.add(SiteKeys.stories(stories.items()));
		model.addAttribute("section", section);
		model.addAttribute("stories", stories);
		model.addAttribute("teaserPictures", pictures.teasers(stories.items()));
		return "site/section";
	}

	static int parsePage(String page) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= SearchController.MAX_PAGE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// fall through
		}
		throw new SectionPageNotFoundException("page '" + page + "'");
	}

}
