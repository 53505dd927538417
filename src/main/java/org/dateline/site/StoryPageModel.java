package org.dateline.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.coverage.StoryCoverage;
import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.coverage.StoryCoverage.StoryPage;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the story page shows around the story: its subjects, the body with the first mention of
 * each linked and its figures made responsive, expanded coverage, the lead image and the subjects'
 * pictures. The reader page and the desk's preview both fill their model here, so a preview shows
 * what readers will get. Open to other modules as the site module's {@code story-page} interface,
 * the only part of the reader site the desk uses.
 */
@Component
@NamedInterface("story-page")
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
		// the lead, the portraits and the body's figures in one query, none when there are none
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
