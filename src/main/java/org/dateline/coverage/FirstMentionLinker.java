package org.dateline.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first mention of each of a story's subjects in its body to the subject's page, when
 * the page is rendered; the stored HTML is never changed. A mention is the subject's name or an
 * alias as a whole word, in any case, with hyphens and spaces interchangeable ("al-Thani" and
 * "Al Thani"). Text already inside a link or a heading is left alone, and where two names start at
 * the same place the longer one wins.
 */
public final class FirstMentionLinker {

	/** A subject to link: its page and every name it goes by. */
	record Target(String href, String title, List<String> names) {
	}

	private FirstMentionLinker() {
	}

	/**
	 * The story's body with the first mention of each of its subjects linked to the subject's page
	 * ({@code /people/{slug}} and so on), as both the story page and the desk's preview show it.
	 */
	public static String link(String bodyHtml, List<StoryCoverage.LinkedSubject> subjects) {
		return linkTargets(bodyHtml, subjects.stream()
			.map(s -> new Target("/" + s.kind().plural() + "/" + s.slug(), s.kind().label() + ": " + s.name(), s.names()))
			.toList());
	}

	static String linkTargets(String bodyHtml, List<Target> targets) {
		if (bodyHtml == null || bodyHtml.isEmpty() || targets.isEmpty()) {
			return bodyHtml;
		}
		Names names = new Names(targets);
		if (names.isEmpty()) {
			return bodyHtml;
		}
		Document document = Jsoup.parseBodyFragment(bodyHtml);
		document.outputSettings().prettyPrint(false);
		List<TextNode> texts = new ArrayList<>();
		collect(document.body(), texts);
		for (TextNode text : texts) {
			TextNode rest = text;
			while (rest != null && !names.isEmpty()) {
				rest = linkFirst(rest, names);
			}
			if (names.isEmpty()) {
				break;
			}
		}
		return document.body().html();
	}

	/**
	 * Every pending subject's names, indexed by their first (case-folded) character, so that one pass
	 * over a text tries at each word start only the few names that can begin there. (A regular
	 * expression per subject, run over the whole body for each, made a long body with many subjects
	 * take tens of seconds.)
	 */
	private static final class Names {

		/** Names by their first character: ASCII ones in an array (no boxing, no case mapping per character of the body), the rest in a map. */
		@SuppressWarnings("unchecked")
		private final List<Name>[] byAsciiFirst = new List[128];

		private final Map<Character, List<Name>> byFirst = new HashMap<>();

		private int pending;

		Names(List<Target> targets) {
			for (Target target : targets) {
				List<String> templates = target.names().stream().map(FirstMentionLinker::template)
					.filter(t -> !t.isEmpty()).distinct().toList();
				if (templates.isEmpty()) {
					continue;
				}
				Subject subject = new Subject(target);
				pending++;
				for (String template : templates) {
					char first = template.charAt(0);
					if (first < 128) {
						if (byAsciiFirst[first] == null) {
							byAsciiFirst[first] = new ArrayList<>();
						}
						byAsciiFirst[first].add(new Name(subject, template));
					}
					else {
						byFirst.computeIfAbsent(first, c -> new ArrayList<>()).add(new Name(subject, template));
					}
				}
			}
		}

		boolean isEmpty() {
			return pending == 0;
		}

		List<Name> startingWith(char c) {
			if (c < 128) {
				return byAsciiFirst[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
			}
			char folded = key(c);
			return folded < 128 ? byAsciiFirst[folded] : byFirst.get(folded);
		}

		void linked(Subject subject) {
			subject.linked = true;
			pending--;
		}

	}

	private static final class Subject {

		final Target target;

		boolean linked;

		Subject(Target target) {
			this.target = target;
		}

	}

	private record Name(Subject subject, String template) {
	}

	/** Links the earliest (then longest) pending mention in {@code node}; returns the text after it. */
	private static TextNode linkFirst(TextNode node, Names names) {
		String text = node.getWholeText();
		boolean afterWordChar = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// only word starts can begin a name; whether the next one is a word start is known from this character
			boolean wordStart = !afterWordChar;
			afterWordChar = c < 128 ? asciiWordChar(c) : wordChar(text.codePointBefore(i + 1));
			List<Name> candidates = wordStart ? names.startingWith(c) : null;
			if (candidates == null) {
				continue;
			}
			Name best = null;
			int bestEnd = -1;
			for (Name name : candidates) {
				if (!name.subject().linked) {
					int end = matchEnd(text, i, name.template());
					if (end > bestEnd) {
						best = name;
						bestEnd = end;
					}
				}
			}
			if (best != null) {
				names.linked(best.subject());
				return wrap(node, i, bestEnd, best.subject().target);
			}
		}
		return null;
	}

	private static TextNode wrap(TextNode node, int start, int end, Target target) {
		TextNode mention = start == 0 ? node : node.splitText(start);
		TextNode after = end - start < mention.getWholeText().length() ? mention.splitText(end - start) : null;
		Element anchor = new Element("a").attr("href", target.href()).addClass("subject-link");
		anchor.attr("title", target.title());
		mention.wrap(anchor.outerHtml());
		return after;
	}

	/**
	 * Where a name written as {@code template} ends if it starts at {@code start}, or -1. In the
	 * template a space stands for any run of spaces and hyphens, and {@code '} for either apostrophe.
	 */
	private static int matchEnd(String text, int start, String template) {
		int p = start;
		int n = text.length();
		for (int t = 0; t < template.length(); t++) {
			char c = template.charAt(t);
			if (p >= n) {
				return -1;
			}
			if (c == ' ') {
				if (!textSeparator(text.charAt(p))) {
					return -1;
				}
				while (p < n && textSeparator(text.charAt(p))) {
					p++;
				}
			}
			else if (key(text.charAt(p)) == c) {
				p++;
			}
			else {
				return -1;
			}
		}
		return p < n && wordChar(text.codePointAt(p)) ? -1 : p;
	}

	/** A name as a template: words case-folded, joined by single spaces, apostrophes as {@code '}. */
	static String template(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.strip().split("[\\s\\-‐‑–\u00A0\u202F]+")) {
			if (!word.isEmpty()) {
				StringBuilder folded = new StringBuilder(word.length());
				for (int i = 0; i < word.length(); i++) {
					folded.append(key(word.charAt(i)));
				}
				words.add(folded.toString());
			}
		}
		return String.join(" ", words);
	}

	/** A character as names are compared: case-folded, the curly apostrophe as the straight one. */
	private static char key(char c) {
		return c == '’' ? '\'' : Character.toLowerCase(Character.toUpperCase(c));
	}

	/** What may stand between the words of a name in a story: spaces, hyphens, dashes, zero-width marks. */
	private static boolean textSeparator(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-' || c == '‐'
				|| c == '‑' || c == '–' || c == '\u00A0' || c == '\u202F' || (c >= '\u200B' && c <= '\u200F');
	}

	private static boolean asciiWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/** A letter or a number, which a name may not be glued to. */
	private static boolean wordChar(int codePoint) {
		if (Character.isLetter(codePoint)) {
			return true;
		}
		int type = Character.getType(codePoint);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static void collect(Node node, List<TextNode> into) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode text) {
				into.add(text);
			}
			else if (child instanceof Element element && !skipped(element)) {
				collect(element, into);
			}
		}
	}

	private static boolean skipped(Element element) {
		return switch (element.normalName()) {
			case "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "figcaption" -> true;
			default -> false;
		};
	}

}
