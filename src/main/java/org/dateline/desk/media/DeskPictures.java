package org.dateline.desk.media;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.dateline.article.ArticleImages;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.media.Rendition;
import org.dateline.shared.DatelineProperties;
import org.dateline.subject.SubjectImages;
import org.springframework.stereotype.Component;

/**
 * What the story editor's picture panel and the subject pages' picture form show, read by the
 * templates as {@code @deskPictures}, so the pages that host them need no change to their
 * controllers.
 */
@Component("deskPictures")
public class DeskPictures {

	private final ArticleImages storyImages;

	private final SubjectImages subjectImages;

	private final MediaLibrary library;

	private final Clock clock;

	private final DatelineProperties properties;

	DeskPictures(ArticleImages storyImages, SubjectImages subjectImages, MediaLibrary library, Clock clock,
			DatelineProperties properties) {
		this.storyImages = storyImages;
		this.subjectImages = subjectImages;
		this.library = library;
		this.clock = clock;
		this.properties = properties;
	}

	/** A story's lead image as the panel shows it. */
	public record Lead(Long imageId, String caption, String altText, boolean decorative, String thumb, String label,
			boolean rightsExpired, String rightsExpireOn) {
	}

	public Lead lead(long articleId) {
		Optional<ArticleImages.LeadImage> lead = storyImages.leadImageOf(articleId);
		if (lead.isEmpty()) {
			return new Lead(null, null, null, false, null, null, false, null);
		}
		Optional<ImageView> image = library.find(lead.get().imageId());
		return new Lead(lead.get().imageId(), lead.get().caption(), lead.get().altText(), lead.get().decorative(),
				image.map(i -> i.src(null, 320, Rendition.Format.JPEG)).orElse(null),
				image.map(i -> (i.caption() != null ? i.caption() : i.filename())
						+ (i.credit().isEmpty() ? "" : " (" + i.credit() + ")")).orElse(""),
				image.map(i -> i.rightsExpired(today())).orElse(false),
				image.map(i -> String.valueOf(i.rightsExpireOn())).orElse(null));
	}

	/** A person's portrait or an organization's logo, if it has one. */
	public String squareSrc(ImageView image) {
		return image.src(org.dateline.media.Crop.SQUARE, 320, Rendition.Format.JPEG);
	}

	/** How the desk names a picture: its caption (or file name) and credit. */
	public String label(ImageView image) {
		return (image.caption() != null ? image.caption() : image.filename())
				+ (image.credit().isEmpty() ? "" : " (" + image.credit() + ")");
	}

	/** The subject page's picture panel: the current picture (if any) and the words around it. */
	public record SubjectPanel(Long imageId, String squareSrc, String label, String chooseLabel, String dialogTitle) {
	}

	public SubjectPanel subjectPanel(long subjectId, String kind) {
		String what = "PERSON".equals(kind) ? "portrait" : "logo";
		ImageView current = subjectImage(subjectId);
		return new SubjectPanel(current == null ? null : current.id(), current == null ? null : squareSrc(current),
				current == null ? "No " + what + " yet." : label(current), "Choose a " + what + " from the library",
				"Choose a " + what);
	}

	public ImageView subjectImage(long subjectId) {
		Long id = subjectImages.imageOf(subjectId);
		return id == null ? null : library.find(id).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

}
