package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of file the library accepts, recognised by their first bytes (never by the name or
 * the declared type), with the check that the file ends where its format says it must.
 */
public enum ImageFormat {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

	private final String mediaType;

	private final String extension;

	ImageFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The format the bytes begin with, or empty. */
	static Optional<ImageFormat> sniff(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Optional.of(PNG);
		}
		if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
				&& b[5] == 'a') {
			return Optional.of(GIF);
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/** Whether the bytes look like SVG (XML text with an {@code <svg} element), which can carry script. */
	static boolean looksLikeSvg(byte[] b) {
		String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).stripLeading()
			.toLowerCase();
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		return head.startsWith("<") && head.contains("<svg");
	}

	/** Whether the file ends as a whole file of this format does, so a cut-off upload is caught. */
	boolean isComplete(byte[] b) {
		int n = b.length;
		return switch (this) {
			case JPEG -> endsWithJpegEoi(b);
			case PNG -> n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
			case GIF -> n > 0 && lastNonZero(b) == 0x3B;
			case WEBP -> n >= 12 && littleEndian(b, 4) + 8L <= n;
		};
	}

	private static boolean endsWithJpegEoi(byte[] b) {
		// Some cameras pad after the end-of-image marker; allow a little trailing filler.
		for (int i = b.length - 2, stop = Math.max(0, b.length - 1024); i >= stop; i--) {
			if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
				return true;
			}
		}
		return false;
	}

	private static int lastNonZero(byte[] b) {
		for (int i = b.length - 1; i >= Math.max(0, b.length - 64); i--) {
			if (b[i] != 0) {
				return b[i] & 0xFF;
			}
		}
		return -1;
	}

	private static long littleEndian(byte[] b, int at) {
		return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
	}

}
