package org.dateline.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugTests {

	@Test
	void headlinesBecomeReadableSlugs() {
		assertThat(Slug.from("Envoys Meet in Rome, Again!", "story").value()).isEqualTo("envoys-meet-in-rome-again");
	}

	@Test
	void accentsAndPunctuationAreFolded() {
		assertThat(Slug.from("Al-Thani’s Café talks: São Paulo & Zürich", "x").value())
			.isEqualTo("al-thani-s-cafe-talks-sao-paulo-zurich");
	}

	@Test
	void textWithoutLettersFallsBack() {
		assertThat(Slug.from("!!! ???", "story").value()).isEqualTo("story");
		assertThat(Slug.from("中文标题", "story").value()).isEqualTo("story");
	}

	@Test
	void longHeadlinesAreCutAtAWordBoundary() {
		Slug slug = Slug.from("word ".repeat(40), "story");
		assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-").endsWith("word");
	}

	@Test
	void suffixesKeepTheLimit() {
		Slug slug = Slug.from("a".repeat(80), "story");
		assertThat(slug.withSuffix(12).value()).hasSize(Slug.MAX_LENGTH).endsWith("-12");
		assertThat(new Slug("rome-talks").withSuffix(2).value()).isEqualTo("rome-talks-2");
	}

	@Test
	void invalidSlugsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Slug("Upper-Case"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Slug("double--hyphen"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Slug("-leading"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Slug(""));
		assertThat(Slug.isValid("rome-talks-2")).isTrue();
		assertThat(Slug.isValid("rome talks")).isFalse();
	}

}
