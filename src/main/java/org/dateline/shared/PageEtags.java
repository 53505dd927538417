package org.dateline.shared;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The strong {@code ETag} of a reader page or an API answer, worked out from its bytes: two checksums of them
 * (CRC-32C and CRC-32, each a few microseconds for a page, where an MD5 of the same page showed as
 * the widest frames of a page build) and their length. A burst of changed bits up to 32 long
 * changes each checksum, and any other accidental change of a page that kept its length has to
 * fool two checksums of different polynomials. They are not cryptographic, which a tag does not
 * need: it only has to change when the page does. The same bytes always give the same tag, on
 * every instance, so a proxy or browser revalidating gets a 304 until the page itself changes.
 */
public final class PageEtags {

	private PageEtags() {
	}

	public static String of(byte[] body) {
		CRC32C castagnoli = new CRC32C();
		castagnoli.update(body, 0, body.length);
		CRC32 ieee = new CRC32();
		ieee.update(body, 0, body.length);
		StringBuilder tag = new StringBuilder(30).append('"');
		hex(tag, castagnoli.getValue());
		hex(tag, ieee.getValue());
		return tag.append('-').append(Integer.toHexString(body.length)).append('"').toString();
	}

	/** Eight hex digits, with leading zeros. */
	private static void hex(StringBuilder tag, long value) {
		String digits = Long.toHexString(value);
		tag.append("00000000", 0, 8 - digits.length()).append(digits);
	}

}
