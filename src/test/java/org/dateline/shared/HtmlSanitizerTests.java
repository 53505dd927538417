package org.dateline.shared;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTests {

	static Stream<String> attacks() {
		return Stream.of(
				"<script>alert(1)</script>",
				"<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
				"<scr<script>ipt>alert(1)</script>",
				"<img src=x onerror=alert(1)>",
				"<img src=\"javascript:alert(1)\">",
				"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
				"<a href=\"javascript:alert(1)\">click</a>",
				"<a href=\"JaVaScRiPt:alert(1)\">click</a>",
				"<a href=\"  javascript:alert(1)\">click</a>",
				"<a href=\"java&#x09;script:alert(1)\">click</a>",
				"<a href=\"&#106;avascript:alert(1)\">click</a>",
				"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
				"<a href=\"vbscript:msgbox(1)\">x</a>",
				"<svg onload=alert(1)>",
				"<svg><script>alert(1)</script></svg>",
				"<math><mtext><script>alert(1)</script></mtext></math>",
				"<iframe src=\"https://evil.example\"></iframe>",
				"<object data=\"x.swf\"></object>",
				"<embed src=\"x.swf\">",
				"<style>body{background:url(javascript:alert(1))}</style>",
				"<p style=\"background:url(javascript:alert(1))\">x</p>",
				"<div onclick=\"alert(1)\">x</div>",
				"<body onload=alert(1)>",
				"<input autofocus onfocus=alert(1)>",
				"<form action=\"https://evil.example\"><button>go</button></form>",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
				"<link rel=stylesheet href=\"https://evil.example/x.css\">",
				"<base href=\"https://evil.example/\">",
				"<p onmouseover=alert(1)>hover</p>",
				"<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
				"<details open ontoggle=alert(1)>",
				"<video><source onerror=\"alert(1)\"></video>",
				"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
				"<<script>script>alert(1)<</script>/script>",
				"<img src=x:alert(1) onerror=eval(src)>",
				"<p>unclosed <b onmouseover=alert(1)>bold");
	}

	@ParameterizedTest
	@MethodSource("attacks")
	void noAttackSurvives(String attack) {
		String clean = HtmlSanitizer.sanitize(attack).toLowerCase();
		assertThat(clean).doesNotContain("<script", "javascript:", "vbscript:", "data:", " on", "<iframe", "<object",
				"<embed", "<style", "style=", "<svg", "<math", "<form", "<input", "<meta", "<link", "<base", "<details",
				"<video");
	}

	@Test
	void keepsTheSemanticMarkupEditorsUse() {
		String html = "<h2>Heading</h2><p>Text with <strong>bold</strong>, <em>italic</em> and "
				+ "<a href=\"https://example.org/x\">a link</a>.</p><ul><li>one</li></ul><ol><li>two</li></ol>"
				+ "<blockquote><p>quoted</p></blockquote><h3>Sub</h3>";
		String clean = HtmlSanitizer.sanitize(html);
		assertThat(clean).contains("<h2>Heading</h2>", "<strong>bold</strong>", "<em>italic</em>",
				"<a href=\"https://example.org/x\" rel=\"nofollow\">a link</a>", "<ul><li>one</li></ul>",
				"<ol><li>two</li></ol>", "<blockquote><p>quoted</p></blockquote>", "<h3>Sub</h3>");
	}

	@Test
	void keepsMailtoLinks() {
		assertThat(HtmlSanitizer.sanitize("<a href=\"mailto:desk@example.org\">mail</a>"))
			.contains("href=\"mailto:desk&#64;example.org\"");
	}

	@Test
	void plainParagraphsAreEscapedAndSplitOnBlankLines() {
		assertThat(HtmlSanitizer.paragraphs("First <b>line</b>\nsame para\n\n\nSecond & last"))
			.isEqualTo("<p>First &lt;b&gt;line&lt;/b&gt;<br>same para</p>\n<p>Second &amp; last</p>");
	}

	@Test
	void plainTextKeepsBlocksApart() {
		assertThat(HtmlSanitizer.toPlainText("<h2>Title</h2><p>One <em>two</em></p><ul><li>three</li></ul>"))
			.isEqualTo("Title\n\nOne two\n\nthree");
	}

	@Test
	void textPastedFromAWordProcessorBecomesCleanSemanticHtml() {
		String pasted = """
				<meta charset="utf-8"><p class="MsoNormal" style="margin:0cm;font-family:Calibri"><span lang="EN-GB"
				style="font-size:12pt"><b>Council</b> votes <i>tonight</i><o:p></o:p></span></p>
				<h2 style="color:#2f5496"><span style="mso-fareast-font-family:Times">Background</span></h2>
				<ul style="margin-top:0"><li class="MsoListParagraph"><span>Two options</span></li></ul>
				<div><font face="Arial">From a web page</font> with <a href="https://example.org/x" target="_blank"
				style="color:red" onclick="track()">a link</a></div>""";
		String clean = HtmlSanitizer.sanitize(pasted);
		assertThat(clean).contains("<b>Council</b> votes <i>tonight</i>", "<h2>Background</h2>",
				"<ul><li>Two options</li></ul>", "<a href=\"https://example.org/x\" rel=\"nofollow\">a link</a>")
			.doesNotContain("style", "class=", "<span", "<font", "<o:p", "<meta", "onclick", "target", "mso");
	}

	@org.junit.jupiter.api.Test
	void figuresKeepOnlyPicturesFromDatelinesOwnMedia() {
		String own = "<figure><img src=\"/media/0123456789abcdef0123456789abcdef/960.jpg\" alt=\"Harbour\" width=\"960\" "
				+ "height=\"540\"><figcaption>Boats <span class=\"credit\">A. Lens / Wire</span></figcaption></figure>";
		org.assertj.core.api.Assertions.assertThat(HtmlSanitizer.sanitize(own))
			.contains("src=\"/media/0123456789abcdef0123456789abcdef/960.jpg\"")
			.contains("alt=\"Harbour\"")
			.contains("<figcaption>")
			.contains("class=\"credit\"");
		for (String foreign : java.util.List.of("https://elsewhere.example/a.jpg", "//elsewhere.example/a.jpg",
				"data:image/png;base64,iVBORw0KGgo=", "/media/../desk/x.jpg", "/desk/media/1")) {
			org.assertj.core.api.Assertions.assertThat(HtmlSanitizer.sanitize("<figure><img src=\"" + foreign + "\"></figure>"))
				.as(foreign)
				.doesNotContain("src=");
		}
	}

	@org.junit.jupiter.api.Test
	void aFigureFromTheEditorKeepsItsAltTextItsDecorativeMarkAndNothingForeign() {
		String figure = "<p>Before.</p><figure><img src=\"/media/0123456789abcdef0123456789abcdef/960.jpg\" alt=\"\" "
				+ "width=\"960\" height=\"600\"><figcaption>Rain <span class=\"credit\">P / A</span></figcaption></figure>";
		String clean = HtmlSanitizer.sanitize(figure);
		org.assertj.core.api.Assertions.assertThat(clean).contains("alt=\"\"").contains("width=\"960\"");
		org.assertj.core.api.Assertions.assertThat(HtmlSanitizer.imagesWithoutAltText(clean))
			.as("an empty alt marks a decorative picture").isZero();

		String undescribed = HtmlSanitizer.sanitize(
				"<figure><img src=\"/media/0123456789abcdef0123456789abcdef/640.webp\"></figure>"
						+ "<figure><img src=\"/media/0123456789abcdef0123456789abcdef/320.jpg\" alt=\"  \"></figure>"
						+ "<figure><img src=\"/media/0123456789abcdef0123456789abcdef/320.jpg\" alt=\"Quay\"></figure>");
		org.assertj.core.api.Assertions.assertThat(HtmlSanitizer.imagesWithoutAltText(undescribed)).isEqualTo(2);

		String foreign = HtmlSanitizer.sanitize("<figure><img src=\"data:image/jpeg;base64,/9j/4AAQ\" alt=\"x\">"
				+ "<figcaption>Pasted</figcaption></figure><figure><img src=\"https://elsewhere.example/a.jpg\" alt=\"y\">"
				+ "</figure>");
		org.assertj.core.api.Assertions.assertThat(foreign).doesNotContain("data:", "elsewhere", "base64")
			.as("no broken picture is left behind").doesNotContain("<img", "<figure")
			.as("the caption's words are kept").contains("<p>Pasted</p>");
	}

}
