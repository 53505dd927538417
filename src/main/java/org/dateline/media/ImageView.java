package org.dateline.media;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An image as the desk and the reader pages see it, with the renditions that exist for it.
 *
 * @param focalX the focal point across, in percent
 * @param focalY the focal point down, in percent
 */
public record ImageView(long id, String hash, String filename, String mediaType, long byteSize, int width,
		int height, String caption, String photographer, String agency, String copyright, String source,
		String usageTerms, LocalDate rightsExpireOn, LocalDateTime capturedAt, String altText, int focalX,
		int focalY, String notes, boolean hasLocation, String uploadedByName, Instant uploadedAt, long version) {

	/** The credit line: "Photographer / Agency", either alone, or empty. */
	public String credit() {
		if (photographer != null && agency != null) {
			return photographer + " / " + agency;
		}
		return photographer != null ? photographer : agency != null ? agency : "";
	}

	public boolean rightsExpired(LocalDate today) {
		return rightsExpireOn != null && rightsExpireOn.isBefore(today);
	}

	/** The renditions of the whole picture, narrowest first. */
	public List<Rendition> renditions(Rendition.Format format) {
		List<Rendition> list = new ArrayList<>();
		for (int w : Rendition.widthsFor(width)) {
			list.add(new Rendition(null, 0, 0, w, Math.max(1, Math.round((float) height * w / width)), format));
		}
		return list;
	}

	/** The renditions of one crop around the current focal point, narrowest first. */
	public List<Rendition> renditions(Crop crop, Rendition.Format format) {
		int[] box = crop.box(width, height, focalX / 100.0, focalY / 100.0);
		List<Rendition> list = new ArrayList<>();
		for (int w : Rendition.widthsFor(box[2])) {
			list.add(new Rendition(crop, focalX, focalY, w, crop.heightFor(w), format));
		}
		return list;
	}

	/** The widest rendition up to {@code width} of the crop (or the whole picture when {@code crop} is null). */
	public Rendition rendition(Crop crop, int width, Rendition.Format format) {
		List<Rendition> all = crop == null ? renditions(format) : renditions(crop, format);
		Rendition best = all.get(0);
		for (Rendition r : all) {
			if (r.width() <= width) {
				best = r;
			}
		}
		return best;
	}

	/** A path to the rendition. */
	public String src(Crop crop, int width, Rendition.Format format) {
		return rendition(crop, width, format).path(hash);
	}

	/** A {@code srcset} value for the crop (or whole picture). */
	public String srcset(Crop crop, Rendition.Format format) {
		List<Rendition> all = crop == null ? renditions(format) : renditions(crop, format);
		StringBuilder set = new StringBuilder();
		for (Rendition r : all) {
			if (!set.isEmpty()) {
				set.append(", ");
			}
			set.append(r.path(hash)).append(' ').append(r.width()).append('w');
		}
		return set.toString();
	}

	/** The library's thumbnail: the whole picture, about 320 wide, JPEG. */
	public Rendition thumbnail() {
		return rendition(null, 320, Rendition.Format.JPEG);
	}

	/** The desk's preview: the whole picture, about 960 wide, JPEG. */
	public Rendition preview() {
		return rendition(null, 960, Rendition.Format.JPEG);
	}

	/** A crop's small JPEG, about 320 wide. */
	public Rendition cropThumbnail(Crop crop) {
		return rendition(crop, 320, Rendition.Format.JPEG);
	}

	/** The path of one of this image's renditions. */
	public String path(Rendition rendition) {
		return rendition.path(hash);
	}

}
