package org.dateline.media;

import java.util.Optional;

/** The fixed crops a page may ask for, each centred on the image's focal point. */
public enum Crop {

	WIDE("16x9", 16, 9), STANDARD("4x3", 4, 3), SQUARE("1x1", 1, 1);

	private final String token;

	private final int across;

	private final int down;

	Crop(String token, int across, int down) {
		this.token = token;
		this.across = across;
		this.down = down;
	}

	/** How the crop is named in rendition URLs: {@code 16x9}, {@code 4x3}, {@code 1x1}. */
	public String token() {
		return token;
	}

	public int heightFor(int width) {
		return Math.max(1, Math.round(width * (float) down / across));
	}

	static Optional<Crop> ofToken(String token) {
		for (Crop crop : values()) {
			if (crop.token.equals(token)) {
				return Optional.of(crop);
			}
		}
		return Optional.empty();
	}

	/**
	 * The largest box of this shape inside a {@code width} x {@code height} picture, centred on the
	 * focal point as far as the edges allow: {x, y, w, h}.
	 */
	int[] box(int width, int height, double focalX, double focalY) {
		int w;
		int h;
		if ((long) width * down > (long) height * across) {
			h = height;
			w = Math.min(width, (int) Math.round((double) height * across / down));
		}
		else {
			w = width;
			h = Math.min(height, (int) Math.round((double) width * down / across));
		}
		int x = (int) Math.round(focalX * width - w / 2.0);
		int y = (int) Math.round(focalY * height - h / 2.0);
		x = Math.max(0, Math.min(width - w, x));
		y = Math.max(0, Math.min(height - h, y));
		return new int[] { x, y, w, h };
	}

}
