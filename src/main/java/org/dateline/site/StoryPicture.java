package org.dateline.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dateline.media.Crop;
import org.dateline.media.ImageView;
import org.dateline.media.Rendition;

/**
 * A picture as one page shows it: the library image, this use's caption and alt text, and the
 * crop the page uses. Templates read {@code srcset}s, sizes and the fallback from here.
 *
 * @param alt the alt text, empty for a decorative picture
 */
public record StoryPicture(ImageView image, String caption, String alt, boolean decorative, Crop crop) {

	public static StoryPicture of(ImageView image, String caption, String alt, boolean decorative, Crop crop) {
		String shownCaption = caption != null ? caption : image.caption();
		String shownAlt = decorative ? "" : alt != null ? alt : image.altText() != null ? image.altText() : "";
		return new StoryPicture(image, shownCaption, shownAlt, decorative, crop);
	}

	public String webpSrcset() {
		return image.srcset(crop, Rendition.Format.WEBP);
	}

	public String jpegSrcset() {
		return image.srcset(crop, Rendition.Format.JPEG);
	}

	/** The fallback {@code src}: the JPEG nearest 960 wide. */
	public String src() {
		return image.src(crop, 960, Rendition.Format.JPEG);
	}

	/** A small JPEG of the crop, for chips and lists. */
	public String thumbnailSrc() {
		return image.src(crop, 320, Rendition.Format.JPEG);
	}

	public int width() {
		return image.rendition(crop, 960, Rendition.Format.JPEG).width();
	}

	public int height() {
		return image.rendition(crop, 960, Rendition.Format.JPEG).height();
	}

	/** The width of {@link #thumbnailSrc()}, for teasers' {@code width} attribute. */
	public int thumbnailWidth() {
		return image.rendition(crop, 320, Rendition.Format.JPEG).width();
	}

	/** The height of {@link #thumbnailSrc()}, for teasers' {@code height} attribute. */
	public int thumbnailHeight() {
		return image.rendition(crop, 320, Rendition.Format.JPEG).height();
	}

	public String credit() {
		return image.credit();
	}

	/** The social-card rendition, 1200 wide where the picture allows. */
	public Rendition card() {
		return image.rendition(crop, Rendition.CARD_WIDTH, Rendition.Format.JPEG);
	}

	public String cardPath() {
		return card().path(image.hash());
	}

	Map<String, Object> imageObject(SiteUrls urls) {
		Rendition card = card();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "ImageObject");
		data.put("url", urls.absolute(card.path(image.hash())));
		data.put("width", card.width());
		data.put("height", card.height());
		if (caption != null) {
			data.put("caption", caption);
		}
		if (!image.credit().isEmpty()) {
			data.put("creditText", image.credit());
		}
		if (image.copyright() != null) {
			data.put("copyrightNotice", image.copyright());
		}
		return data;
	}

}
