package org.dateline.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dateline.article.ArticleImages;
import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.ArticleImages.LeadImage;
import org.dateline.media.Crop;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.subject.SubjectImages;
import org.springframework.stereotype.Component;

/** The pictures reader pages show: a story's lead image and the portraits and logos of subjects. */
@Component("sitePictures")
public class SitePictures {

	private final ArticleImages storyImages;

	private final SubjectImages subjectImages;

	private final MediaLibrary library;

	SitePictures(ArticleImages storyImages, SubjectImages subjectImages, MediaLibrary library) {
		this.storyImages = storyImages;
		this.subjectImages = subjectImages;
		this.library = library;
	}

	/** Lead images of several stories, by story id, in two queries. */
	public Map<Long, StoryPicture> leadsOf(Collection<Long> articleIds) {
		Map<Long, LeadImage> leads = storyImages.leadImagesOf(articleIds);
		Map<Long, ImageView> images = library.byIds(leads.values().stream().map(LeadImage::imageId).toList());
		Map<Long, StoryPicture> pictures = new HashMap<>();
		leads.forEach((articleId, lead) -> {
			ImageView image = images.get(lead.imageId());
			if (image != null) {
				pictures.put(articleId,
						StoryPicture.of(image, lead.caption(), lead.altText(), lead.decorative(), Crop.WIDE));
			}
		});
		return pictures;
	}

	/**
	 * The lead images of a page's teasers, by story id, in the 4:3 crop around each focal point,
	 * with each story's alt text: one query for all of them (the teasers carry the image ids), none
	 * when no teaser has a picture.
	 */
	public Map<Long, StoryPicture> teasers(Collection<ArticleTeaser> teasers) {
		Map<Long, StoryPicture> pictures = new HashMap<>();
		java.util.Set<Long> imageIds = new java.util.LinkedHashSet<>();
		for (ArticleTeaser teaser : teasers) {
			if (teaser.leadImageId() != null) {
				imageIds.add(teaser.leadImageId());
			}
		}
		if (imageIds.isEmpty()) {
			return pictures;
		}
		Map<Long, ImageView> images = library.byIds(imageIds);
		for (ArticleTeaser teaser : teasers) {
			ImageView image = teaser.leadImageId() == null ? null : images.get(teaser.leadImageId());
			if (image != null) {
				pictures.put(teaser.id(), StoryPicture.of(image, null, teaser.leadAltText(), teaser.leadDecorative(),
						Crop.STANDARD));
			}
		}
		return pictures;
	}

	/** Portraits and logos of several subjects, by subject id, square, named for the subject. */
	public Map<Long, StoryPicture> subjectPictures(Collection<Long> subjectIds, Map<Long, String> names) {
		Map<Long, Long> imageIds = subjectImages.imagesOf(subjectIds);
		return subjectPicturesOf(imageIds, names, library.byIds(imageIds.values()));
	}

	/** Images looked up together for one page, by id and by content hash. */
	public record PageImages(Map<Long, ImageView> byId, Map<String, ImageView> byHash) {
	}

	/**
	 * The images with these ids (a lead image, subjects' portraits) and these content hashes (the
	 * body's figures) in one query, none when there are neither.
	 */
	public PageImages images(Collection<Long> ids, Collection<String> hashes) {
		Map<Long, ImageView> byId = new HashMap<>();
		Map<String, ImageView> byHash = new HashMap<>();
		for (ImageView image : library.byIdsOrHashes(ids, hashes)) {
			if (ids.contains(image.id())) {
				byId.put(image.id(), image);
			}
			if (hashes.contains(image.hash())) {
				byHash.put(image.hash(), image);
			}
		}
		return new PageImages(byId, byHash);
	}

	/** The story's lead image from images already looked up ({@link #images}). */
	public Optional<StoryPicture> leadOf(org.dateline.article.PublishedArticle article, Map<Long, ImageView> images) {
		Optional<LeadImage> lead = article.leadImage();
		if (lead.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(images.get(lead.get().imageId()))
			.map(image -> StoryPicture.of(image, lead.get().caption(), lead.get().altText(), lead.get().decorative(),
					Crop.WIDE));
	}

	/**
	 * Portraits and logos of subjects whose picture ids are already known (subject id to image id),
	 * square, named for the subject, from images already looked up ({@link #images}).
	 */
	public Map<Long, StoryPicture> subjectPicturesOf(Map<Long, Long> imageIds, Map<Long, String> names,
			Map<Long, ImageView> images) {
		Map<Long, StoryPicture> pictures = new HashMap<>();
		imageIds.forEach((subjectId, imageId) -> {
			ImageView image = images.get(imageId);
			if (image != null) {
				pictures.put(subjectId, StoryPicture.of(image, null, names.getOrDefault(subjectId, ""), false,
						Crop.SQUARE));
			}
		});
		return pictures;
	}

	/** A subject's portrait or logo, square, named for the subject; {@code null} when it has none. */
	public StoryPicture portraitOf(long subjectId, String name) {
		return subjectPictures(java.util.List.of(subjectId), Map.of(subjectId, name)).get(subjectId);
	}

}
