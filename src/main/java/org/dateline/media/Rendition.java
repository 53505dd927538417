package org.dateline.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One size, shape and format of an image, named as in its URL: {@code 1200.webp} for the whole
 * picture 1200 pixels wide, or {@code 16x9-50x30-1200.jpg} for the 16:9 crop around the focal
 * point at 50% across and 30% down. The focal point is in the name so that moving it gives new
 * URLs, and every URL can be cached for good.
 *
 * @param crop the crop, or {@code null} for the whole picture
 * @param focalX the focal point across, in percent (crops only)
 * @param focalY the focal point down, in percent (crops only)
 */
public record Rendition(Crop crop, int focalX, int focalY, int width, int height, Format format) {

	/** The only widths ever made; a page picks from these, never asks for its own. */
	public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1200, 1600, 2048);

	/** The width of social cards and structured data. */
	public static final int CARD_WIDTH = 1200;

	private static final Pattern NAME = Pattern
		.compile("(?:(16x9|4x3|1x1)-(\\d{1,3})x(\\d{1,3})-)?(\\d{1,4})\\.(webp|jpg)");

	public enum Format {

		WEBP("webp", "image/webp"), JPEG("jpg", "image/jpeg");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return extension;
		}

		public String mediaType() {
			return mediaType;
		}

		static Format ofExtension(String extension) {
			return extension.equals("webp") ? WEBP : JPEG;
		}

	}

	public String name() {
		String size = width + "." + format.extension;
		return crop == null ? size : crop.token() + "-" + focalX + "x" + focalY + "-" + size;
	}

	/** The path readers fetch it from. */
	public String path(String hash) {
		return "/media/" + hash + "/" + name();
	}

	/** A requested name taken apart, if it has the shape of a rendition name at all. */
	record Request(Crop crop, int focalX, int focalY, int width, Format format) {
	}

	static Optional<Request> parse(String name) {
		Matcher m = NAME.matcher(name);
		if (!m.matches()) {
			return Optional.empty();
		}
		Crop crop = m.group(1) == null ? null : Crop.ofToken(m.group(1)).orElseThrow();
		int fx = crop == null ? 0 : Integer.parseInt(m.group(2));
		int fy = crop == null ? 0 : Integer.parseInt(m.group(3));
		return Optional.of(new Request(crop, fx, fy, Integer.parseInt(m.group(4)), Format.ofExtension(m.group(5))));
	}

	/**
	 * The widths made for a picture (or crop box) {@code available} pixels wide: the standard
	 * widths that fit, or the picture's own width when it is narrower than all of them.
	 */
	static List<Integer> widthsFor(int available) {
		List<Integer> widths = new ArrayList<>();
		for (int w : WIDTHS) {
			if (w <= available) {
				widths.add(w);
			}
		}
		if (widths.isEmpty()) {
			widths.add(available);
		}
		return widths;
	}

}
