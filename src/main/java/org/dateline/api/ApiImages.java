package org.dateline.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.api.ApiViews.CropView;
import org.dateline.api.ApiViews.PictureView;
import org.dateline.api.ApiViews.RenditionView;
import org.dateline.media.Crop;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.media.Rendition;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.PublicUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pictures in the content API's answers: a story's lead image and the figures in its body, and a
 * person's portrait or an organization's logo, each with its renditions (every width of the whole
 * picture and of each crop, in WebP and JPEG) at absolute addresses built from the site's public
 * address ({@code DATELINE_PUBLIC_URL}), never from the request. A page's pictures are read from
 * the media library in one query, whatever the number of stories or subjects on it.
 */
@Component
class ApiImages {

	/** Where a body figure's picture lives: a rendition address carries the image's content hash. */
	private static final Pattern OWN_MEDIA = Pattern.compile("^/media/([0-9a-f]{32})/");

	/** A figure as the body uses it: the picture's hash and this use's caption, credit and alt text. */
	record Figure(String hash, String caption, String credit, String alt) {
	}

	/** The pictures a page needs, by library id and by content hash. */
	record Found(Map<Long, ImageView> byId, Map<String, ImageView> byHash) {

		static final Found NONE = new Found(Map.of(), Map.of());

	}

	private final MediaLibrary library;

	private final String base;

	ApiImages(MediaLibrary library, DatelineProperties properties, @Value("${server.port:8080}") int port) {
		this.library = library;
		this.base = PublicUrl.base(properties.publicUrl(), port);
	}

	/** The site's public address, without a trailing slash. */
	String base() {
		return base;
	}

	/** The pictures with these ids or hashes, in one query (none when both are empty). */
	Found find(Collection<Long> ids, Collection<String> hashes) {
		if (ids.isEmpty() && hashes.isEmpty()) {
			return Found.NONE;
		}
		Map<Long, ImageView> byId = new HashMap<>();
		Map<String, ImageView> byHash = new HashMap<>();
		for (ImageView image : library.byIdsOrHashes(ids, hashes)) {
			byId.put(image.id(), image);
			byHash.put(image.hash(), image);
		}
		return new Found(byId, byHash);
	}

	/** The figures in a story's (sanitized) body that show Dateline's own pictures, in order. */
	static List<Figure> figures(String bodyHtml) {
		if (bodyHtml == null || !bodyHtml.contains("/media/")) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		for (Element img : Jsoup.parseBodyFragment(bodyHtml).select("img[src]")) {
			Matcher m = OWN_MEDIA.matcher(img.attr("src"));
			if (!m.find()) {
				continue;
			}
			String caption = null;
			String credit = null;
			Element figure = img.closest("figure");
			Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
			if (figcaption != null) {
				Element creditLine = figcaption.selectFirst("span.credit");
				if (creditLine != null) {
					credit = blankToNull(creditLine.text());
					figcaption = figcaption.clone();
					figcaption.select("span.credit").remove();
				}
				caption = blankToNull(figcaption.text());
			}
			figures.add(new Figure(m.group(1), caption, credit, img.hasAttr("alt") ? img.attr("alt").strip() : null));
		}
		return figures;
	}

	/**
	 * A picture as one story or subject uses it.
	 *
	 * @param caption this use's caption, or {@code null} for the picture's own
	 * @param credit this use's credit, or {@code null} for the picture's own
	 * @param alt this use's alt text, or {@code null} for the picture's default
	 */
	PictureView view(ImageView image, String caption, String credit, String alt, boolean decorative) {
		String shownAlt = decorative ? "" : alt != null ? alt : image.altText() != null ? image.altText() : "";
		String shownCredit = credit != null ? credit : image.credit().isEmpty() ? null : image.credit();
		List<CropView> crops = new ArrayList<>();
		for (Crop crop : Crop.values()) {
			crops.add(new CropView(crop.token(), renditions(image, crop)));
		}
		return new PictureView(image.id(), caption != null ? caption : image.caption(), shownCredit, image.copyright(),
				shownAlt, decorative, image.width(), image.height(), renditions(image, null), crops);
	}

	/** A figure in a body: an {@code alt=""} marks a decorative picture, as on the reader page. */
	PictureView view(ImageView image, Figure figure) {
		boolean decorative = figure.alt() != null && figure.alt().isEmpty();
		return view(image, figure.caption(), figure.credit(), figure.alt(), decorative);
	}

	private List<RenditionView> renditions(ImageView image, Crop crop) {
		List<RenditionView> list = new ArrayList<>();
		for (Rendition.Format format : Rendition.Format.values()) {
			for (Rendition r : crop == null ? image.renditions(format) : image.renditions(crop, format)) {
				list.add(new RenditionView(r.width(), r.height(), format.extension(), format.mediaType(),
						base + r.path(image.hash())));
			}
		}
		return list;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
