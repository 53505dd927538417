package org.dateline.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.article.ArticleService;
import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.Found;
import org.dateline.article.ArticleViews.MovedTo;
import org.dateline.article.ArticleViews.SlugLookup;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.StoryCoverage;
import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.coverage.StoryCoverage.StoryPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A published story's page, with its subjects, the first mention of each linked in the body, and
 * expanded coverage. An old slug answers with a 301; anything else is a 404.
 */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	private final StoryCoverage coverage;

	private final StructuredData structuredData;

	private final SitePictures pictures;

	private final ResponseKeys keys;

	private final BodyPictures bodyPictures;

	ArticlePageController(ArticleService articles, StoryCoverage coverage, StructuredData structuredData,
			SitePictures pictures, ResponseKeys keys, BodyPictures bodyPictures) {
		this.bodyPictures = bodyPictures;
		this.articles = articles;
		this.coverage = coverage;
		this.structuredData = structuredData;
		this.pictures = pictures;
		this.keys = keys;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		SlugLookup lookup = articles.findPublished(slug);
		if (lookup instanceof MovedTo moved) {
			RedirectView redirect = new RedirectView("/articles/" + moved.slug(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		ArticlePage page = ((Found) lookup).page();
		List<LinkedSubject> subjects = addCoverage(model, page);
		keys.add(CacheKeys.story(page.article().id()), CacheKeys.section(page.article().sectionId()));
		subjects.forEach(subject -> keys.add(CacheKeys.subject(subject.id())));
		@SuppressWarnings("unchecked")
		List<ArticleTeaser> expanded = (List<ArticleTeaser>) model.getAttribute("expanded");
		keys.add(SiteKeys.stories(expanded));
		model.addAttribute("jsonLd", structuredData.newsArticle(page, subjects, (StoryPicture) model.getAttribute("lead")));
		return "site/article";
	}

	/**
	 * What the story page shows around the story; the desk's preview shares StoryCoverage.around.
	 * Its pictures (the lead, the subjects' portraits, the body's figures) are one query, none when
	 * it has none: the story's row names its lead, the subjects' rows their portraits, and the body
	 * its figures' hashes.
	 */
	List<LinkedSubject> addCoverage(Model model, ArticlePage page) {
		StoryPage story = coverage.around(page);
		List<LinkedSubject> subjects = story.subjects();
		Map<Long, String> names = new HashMap<>();
		Map<Long, Long> portraits = new HashMap<>();
		Set<Long> ids = new HashSet<>();
		page.article().leadImage().ifPresent(lead -> ids.add(lead.imageId()));
		for (LinkedSubject s : subjects) {
			names.put(s.id(), s.name());
			if (s.imageId() != null) {
				portraits.put(s.id(), s.imageId());
				ids.add(s.imageId());
			}
		}
		Set<String> hashes = BodyPictures.hashesIn(story.linkedBodyHtml());
		SitePictures.PageImages images = pictures.images(ids, hashes);
		model.addAttribute("page", page);
		model.addAttribute("subjects", subjects);
		model.addAttribute("bodyHtml", bodyPictures.render(story.linkedBodyHtml(), images.byHash()));
		model.addAttribute("expanded", story.expanded());
		model.addAttribute("lead", pictures.leadOf(page.article(), images.byId()).orElse(null));
		model.addAttribute("subjectPictures", pictures.subjectPicturesOf(portraits, names, images.byId()));
		return subjects;
	}

}
