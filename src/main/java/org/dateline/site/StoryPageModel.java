package org.dateline.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.coverage.StoryCoverage;
import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.coverage.StoryCoverage.StoryPage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the story page shows around the story: its subjects, the body with the first mention of
 * each linked and its figures made responsive, expanded coverage, the lead image and the subjects'
 * pictures. The reader page and the desk's preview both fill their model here, so a preview shows
 * what readers will get.
 */
@Component
public class StoryPageModel {

	private final StoryCoverage coverage;

	private final SitePictures pictures;

	private final BodyPictures bodyPictures;

	StoryPageModel(StoryCoverage coverage, SitePictures pictures, BodyPictures bodyPictures) {
		this.coverage = coverage;
		this.pictures = pictures;
		this.bodyPictures = bodyPictures;
	}

	/** Adds what the {@code site/article} view shows around {@code page}; returns the story's subjects. */
	public List<LinkedSubject> addTo(Model model, ArticlePage page) {
		StoryPage story = coverage.around(page);
		List<LinkedSubject> subjects = story.subjects();
		model.addAttribute("page", page);
		model.addAttribute("subjects", subjects);
		model.addAttribute("bodyHtml", bodyPictures.render(story.linkedBodyHtml()));
		model.addAttribute("expanded", story.expanded());
		model.addAttribute("lead", pictures.leadOf(page.article()).orElse(null));
		Map<Long, String> names = new HashMap<>();
		subjects.forEach(s -> names.put(s.id(), s.name()));
		model.addAttribute("subjectPictures", pictures.subjectPictures(names.keySet(), names));
		return subjects;
	}

}
