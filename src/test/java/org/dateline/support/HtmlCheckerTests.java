package org.dateline.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker itself finds errors, so a clean result from it means something. */
class HtmlCheckerTests {

	@Test
	void findsErrorsInBrokenMarkupAndNoneInGoodMarkup() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>ok</p></body></html>"))
			.isEmpty();
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><li>stray</li><img src=a></body></html>"))
			.isNotEmpty();
	}

}
