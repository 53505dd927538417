package org.dateline.shared;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans story HTML with an allow-list before it is stored: paragraphs, headings, lists, quotes,
 * links (http, https and mailto only), emphasis and figures. Scripts, styles, event handlers and
 * {@code javascript:} or {@code data:} URLs never survive, and an image survives only when it
 * points at one of Dateline's own renditions ({@code /media/{hash}/...}). Also makes the plain-text copy that
 * search and suggestions read.
 */
public final class HtmlSanitizer {

	/** Pictures in a story come from Dateline's own renditions only: no other site, no inline data. */
	private static final Pattern OWN_MEDIA = Pattern.compile("/media/[0-9a-f]{32}/[0-9a-z][0-9a-z.-]{0,40}");

	private static final Pattern DIMENSION = Pattern.compile("[1-9][0-9]{0,4}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i", "u", "s",
				"sub", "sup", "br", "hr", "a", "figure", "figcaption", "img", "cite", "q", "abbr", "code", "pre")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.allowAttributes("title").onElements("a", "abbr")
		.allowAttributes("src").matching(OWN_MEDIA).onElements("img")
		.allowAttributes("alt").onElements("img")
		.allowAttributes("width", "height").matching(DIMENSION).onElements("img")
		.allowAttributes("class").matching(Pattern.compile("credit")).onElements("span")
		.allowElements("span")
		.allowAttributes("cite").onElements("blockquote", "q")
		.requireRelNofollowOnLinks()
		.toFactory();

	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");

	private HtmlSanitizer() {
	}

	/** HTML's element names; a {@code <} followed by anything else is text, such as "a<b". */
	private static final java.util.Set<String> ELEMENTS = java.util.Set.of("a", "abbr", "address", "article", "aside",
			"audio", "b", "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
			"code", "col", "colgroup", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
			"fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4",
			"h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
			"legend", "li", "link", "main", "mark", "math", "meta", "nav", "noscript", "object", "ol", "optgroup",
			"option", "p", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small", "source",
			"span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
			"textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var", "video", "wbr");

	/** Attributes that may stand without a value; any other bare word makes "a<b and c>d" text, not a tag. */
	private static final java.util.Set<String> BARE_ATTRIBUTES = java.util.Set.of("allowfullscreen", "async",
			"autofocus", "autoplay", "checked", "controls", "default", "defer", "disabled", "hidden", "loop", "muted",
			"multiple", "nomodule", "novalidate", "open", "readonly", "required", "reversed", "selected");

	/** A start or end tag as written by an editor or by hand: a name, attributes, an end. */
	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
			+ "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

	/** The allow-listed form of {@code html}; never {@code null}. */
	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return dropImagesWithoutSource(POLICY.sanitize(escapeStrayLessThan(html))).strip();
	}

	/**
	 * The policy drops a foreign or inline {@code src} but keeps its {@code <img>}, which would show
	 * readers a broken picture: such images go, and a figure left without a picture keeps its
	 * caption's words as a paragraph.
	 */
	private static String dropImagesWithoutSource(String clean) {
		if (!clean.contains("<img")) {
			return clean;
		}
		Document document = Jsoup.parseBodyFragment(clean);
		org.jsoup.select.Elements orphans = document.select("img:not([src])");
		if (orphans.isEmpty()) {
			return clean;
		}
		orphans.remove();
		for (Element figure : document.select("figure:not(:has(img))")) {
			Element caption = figure.selectFirst("figcaption");
			if (caption != null && !caption.text().isBlank()) {
				figure.before(new Element("p").html(caption.html()));
			}
			figure.remove();
		}
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	/** Whether {@code text} holds at least one real HTML tag (and is therefore HTML, not plain text). */
	public static boolean looksLikeHtml(String text) {
		if (text == null) {
			return false;
		}
		java.util.regex.Matcher m = TAG.matcher(text);
		while (m.find()) {
			if (realTag(m)) {
				return true;
			}
		}
		return text.contains("<!--");
	}

	/**
	 * Escapes every {@code <} that does not open a real tag or comment, so that the sanitizer keeps
	 * "The ratio was a<b in most trials, and c>d" as text instead of reading a {@code <b>} element
	 * that swallows the rest of the sentence.
	 */
	static String escapeStrayLessThan(String html) {
		if (html.indexOf('<') < 0) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length() + 16);
		java.util.regex.Matcher m = TAG.matcher(html);
		int i = 0;
		while (i < html.length()) {
			int lt = html.indexOf('<', i);
			if (lt < 0) {
				out.append(html, i, html.length());
				break;
			}
			out.append(html, i, lt);
			if (html.startsWith("<!--", lt)) {
				int end = html.indexOf("-->", lt + 4);
				int stop = end < 0 ? html.length() : end + 3;
				out.append(html, lt, stop);
				i = stop;
			}
			else if (m.region(lt, html.length()).lookingAt() && realTag(m)) {
				out.append(html, lt, m.end());
				i = m.end();
			}
			else {
				out.append("&lt;");
				i = lt + 1;
			}
		}
		return out.toString();
	}

	private static boolean realTag(java.util.regex.Matcher tag) {
		if (!ELEMENTS.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT))) {
			return false;
		}
		java.util.regex.Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
		while (attribute.find()) {
			if (attribute.group(2) == null
					&& !BARE_ATTRIBUTES.contains(attribute.group(1).toLowerCase(java.util.Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Turns text typed as plain paragraphs (separated by blank lines) into escaped HTML
	 * paragraphs. Single line breaks inside a paragraph are kept as {@code <br>}.
	 */
	public static String paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : BLANK_LINES.split(text.replace("\r\n", "\n").strip())) {
			String escaped = org.jsoup.nodes.Entities.escape(paragraph.strip()).replace("\n", "<br>");
			html.append("<p>").append(escaped).append("</p>\n");
		}
		return html.toString().strip();
	}

	/**
	 * How many images in {@code html} say nothing to readers who cannot see them: no {@code alt}
	 * attribute, or one of spaces only. An empty {@code alt} is the mark of a decorative picture
	 * and counts as described.
	 */
	public static int imagesWithoutAltText(String html) {
		if (html == null || !html.contains("<img")) {
			return 0;
		}
		int missing = 0;
		for (Element img : Jsoup.parseBodyFragment(html).select("img")) {
			String alt = img.attr("alt");
			if (!img.hasAttr("alt") || (!alt.isEmpty() && alt.isBlank())) {
				missing++;
			}
		}
		return missing;
	}

	/** The text of {@code html}, one line per block, with whitespace tidied. */
	public static String toPlainText(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(html);
		StringBuilder text = new StringBuilder();
		appendText(document.body(), text);
		String tidy = SPACES.matcher(text).replaceAll(" ");
		return BLANK_LINES.matcher(tidy.replaceAll(" *\\n *", "\n")).replaceAll("\n\n").strip();
	}

	private static void appendText(Node node, StringBuilder text) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode textNode) {
				text.append(textNode.getWholeText());
			}
			else if (child instanceof Element element) {
				if (element.nameIs("br")) {
					text.append('\n');
					continue;
				}
				boolean block = element.isBlock();
				if (block) {
					text.append("\n\n");
				}
				appendText(element, text);
				if (block) {
					text.append("\n\n");
				}
			}
		}
	}

}
