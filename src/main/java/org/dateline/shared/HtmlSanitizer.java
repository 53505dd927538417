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

	/** The allow-listed form of {@code html}; never {@code null}. */
	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return POLICY.sanitize(html).strip();
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
