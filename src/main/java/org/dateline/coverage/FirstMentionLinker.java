package org.dateline.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		List<Candidate> pending = new ArrayList<>();
		for (Target target : targets) {
			Pattern pattern = pattern(target.names());
			if (pattern != null) {
				pending.add(new Candidate(target, pattern));
			}
		}
		Document document = Jsoup.parseBodyFragment(bodyHtml);
		document.outputSettings().prettyPrint(false);
		List<TextNode> texts = new ArrayList<>();
		collect(document.body(), texts);
		for (TextNode text : texts) {
			TextNode rest = text;
			while (rest != null && !pending.isEmpty()) {
				rest = linkFirst(rest, pending);
			}
			if (pending.isEmpty()) {
				break;
			}
		}
		return document.body().html();
	}

	private record Candidate(Target target, Pattern pattern) {
	}

	/** Links the earliest (then longest) pending mention in {@code node}; returns the text after it. */
	private static TextNode linkFirst(TextNode node, List<Candidate> pending) {
		String text = node.getWholeText();
		Candidate best = null;
		int bestStart = Integer.MAX_VALUE;
		int bestEnd = -1;
		for (Candidate candidate : pending) {
			Matcher m = candidate.pattern().matcher(text);
			if (m.find() && (m.start() < bestStart || (m.start() == bestStart && m.end() > bestEnd))) {
				best = candidate;
				bestStart = m.start();
				bestEnd = m.end();
			}
		}
		if (best == null) {
			return null;
		}
		pending.remove(best);
		TextNode mention = bestStart == 0 ? node : node.splitText(bestStart);
		TextNode after = bestEnd - bestStart < mention.getWholeText().length() ? mention.splitText(bestEnd - bestStart)
				: null;
		Element anchor = new Element("a").attr("href", best.target().href()).addClass("subject-link");
		anchor.attr("title", best.target().title());
		mention.wrap(anchor.outerHtml());
		return after;
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

	/** One pattern for all of a subject's names, longest first so that the longest wins. */
	static Pattern pattern(List<String> names) {
		List<String> alternatives = names.stream()
			.map(FirstMentionLinker::namePattern)
			.filter(p -> !p.isEmpty())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		if (alternatives.isEmpty()) {
			return null;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String namePattern(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.strip().split("[\\s\\-‐‑–\u00A0\u202F]+")) {
			if (!word.isEmpty()) {
				// straight and curly apostrophes are the same: "Dockers' Union" is "Dockers’ Union"
				List<String> pieces = new ArrayList<>();
				for (String piece : word.split("['’]", -1)) {
					pieces.add(Pattern.quote(piece));
				}
				words.add(String.join("['’]", pieces));
			}
		}
		return String.join("[\\s\\-‐‑–\u00A0\u202F\u200B-\u200F]+", words);
	}

}
