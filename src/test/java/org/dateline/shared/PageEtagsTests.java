package org.dateline.shared;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader page's ETag is the same for the same bytes, so a revalidating proxy or browser gets a
 * 304 until the page changes, and different whenever one byte of it changes, so nobody keeps an
 * old page after a correction.
 */
class PageEtagsTests {

	@Test
	void theSameBytesGiveTheSameStrongTag() {
		String page = "<html><body><h1>Harbour reopens</h1></body></html>";
		String tag = PageEtags.of(page.getBytes(StandardCharsets.UTF_8));
		assertThat(tag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
		assertThat(PageEtags.of(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
		assertThat(PageEtags.of(new byte[0])).isEqualTo(PageEtags.of(new byte[0]));
	}

	@Test
	void everyOneByteChangeOfAPageChangesItsTag() {
		byte[] page = new byte[40_000];
		for (int i = 0; i < page.length; i++) {
			page[i] = (byte) ('a' + i % 26);
		}
		String original = PageEtags.of(page);
		Set<String> tags = new HashSet<>();
		tags.add(original);
		for (int i = 0; i < page.length; i += 97) {
			byte[] changed = page.clone();
			changed[i] ^= 1;
			tags.add(PageEtags.of(changed));
		}
		assertThat(tags).as("the original and each changed page, all different").hasSize(1 + (page.length + 96) / 97);
		// two bytes swapped, and one byte more at the end: the same letters, a different page
		byte[] swapped = page.clone();
		swapped[10] = page[11];
		swapped[11] = page[10];
		assertThat(PageEtags.of(swapped)).isNotEqualTo(original);
		byte[] longer = java.util.Arrays.copyOf(page, page.length + 1);
		assertThat(PageEtags.of(longer)).isNotEqualTo(original);
	}

}
