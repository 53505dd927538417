package org.dateline.site;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.media.ImageView;
import org.dateline.media.Rendition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The pictures inside a story's body, as readers get them. The stored body holds each figure as the
 * editor inserted it: one {@code <img>} pointing at a Dateline rendition, its alt text (empty for a
 * decorative picture), a caption and a credit. Shown to readers, each such image becomes a
 * {@code <picture>} with WebP and JPEG {@code srcset}s of the fixed widths, {@code sizes}, the
 * {@code width} and {@code height} of the fallback (no layout shift) and lazy loading, and the
 * credit is the library's current one. The page looks the body's images up together with its
 * other pictures ({@link SitePictures#images}); a body without any costs no query.
 */
@Component
class BodyPictures {

	static final String SIZES = "(min-width: 48rem) 46rem, 100vw";

	private static final Pattern OWN = Pattern.compile("^/media/([0-9a-f]{32})/[^/]+$");

	/** A {@code src} attribute naming a Dateline rendition, however it is quoted. */
	private static final Pattern SOURCE = Pattern.compile("src\\s*=\\s*[\"']?/media/([0-9a-f]{32})/");

	/**
	 * The content hashes of the Dateline pictures {@code bodyHtml} may show, found without parsing it
	 * (every {@code src="/media/<hash>/..."}; a few more than {@link #render} uses, never fewer), so
	 * that a page can look its images up together with its other pictures.
	 */
	static Set<String> hashesIn(String bodyHtml) {
		Set<String> hashes = new LinkedHashSet<>();
		if (bodyHtml == null || !bodyHtml.contains("/media/")) {
			return hashes;
		}
		Matcher m = SOURCE.matcher(bodyHtml);
		while (m.find()) {
			hashes.add(m.group(1));
		}
		return hashes;
	}

	/**
	 * {@code bodyHtml} with its figures' images made responsive from {@code images} (by content
	 * hash, looked up with {@link #hashesIn}); the same string when it shows no Dateline picture.
	 */
	String render(String bodyHtml, Map<String, ImageView> images) {
		if (bodyHtml == null || !bodyHtml.contains("/media/")) {
			return bodyHtml;
		}
		Document document = Jsoup.parseBodyFragment(bodyHtml);
		document.outputSettings().prettyPrint(false);
		boolean own = false;
		for (Element img : document.select("figure img[src]")) {
			Matcher m = OWN.matcher(img.attr("src"));
			boolean matched = m.matches();
			own |= matched;
			ImageView image = matched ? images.get(m.group(1)) : null;
			if (image != null) {
				replace(img, image);
			}
		}
		return own ? document.body().html() : bodyHtml;
	}

	private static void replace(Element img, ImageView image) {
		Element figure = img.closest("figure");
		Rendition fallback = image.rendition(null, 960, Rendition.Format.JPEG);
		Element picture = new Element("picture");
		picture.appendElement("source")
			.attr("type", "image/webp")
			.attr("srcset", image.srcset(null, Rendition.Format.WEBP))
			.attr("sizes", SIZES);
		Element shown = picture.appendElement("img");
		if (img.hasAttr("alt")) {
			shown.attr("alt", img.attr("alt"));
		}
		shown.attr("src", image.path(fallback))
			.attr("srcset", image.srcset(null, Rendition.Format.JPEG))
			.attr("sizes", SIZES)
			.attr("width", String.valueOf(fallback.width()))
			.attr("height", String.valueOf(fallback.height()))
			.attr("loading", "lazy")
			.attr("decoding", "async");
		img.replaceWith(picture);
		if (figure != null) {
			figure.addClass("body-figure");
			Element credit = figure.selectFirst("figcaption span.credit");
			if (credit != null && !image.credit().isEmpty()) {
				credit.text(image.credit());
			}
		}
	}

}
