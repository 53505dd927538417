package org.dateline.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.suggest.Candidates.Org;
import org.dateline.suggest.Tokens.Token;

import static org.dateline.suggest.Candidates.*;
import static org.dateline.suggest.OrganizationNames.*;
import static org.dateline.suggest.Roles.*;

/**
 * The brand pass of {@link OrganizationNames}: single-word and brand organizations, known by the
 * cues around them rather than by an organization word in their name.
 */
final class Brands {

	private Brands() {
	}

	/**
	 * Organizations named without an organization word, recognised from how the text uses them:
	 * after a noun that says what they are ("the sportswear company Halvoro"), with an apposition
	 * that does ("Nordhavn, the Danish container shipping group,"), before ", which", a business
	 * possessive or "shares", news agencies and platforms, and the other items of a list that
	 * names one of them.
	 */
	static void brands(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt, Set<String> surnames) {
		int n = tokens.size();
		Set<String> tails = tails(tokens);
		for (int i = 0; i < n; i++) {
			if (used[i] || !tokens.get(i).capitalized()) {
				continue;
			}
			int start = tokens.get(i).norm().equals("the") && i + 1 < n && tokens.get(i + 1).joined() ? i + 1 : i;
			int end = runEnd(tokens, used, start);
			if (end < 0) {
				continue;
			}
			for (int m = start + 1; m < end; m++) {
				if (tokens.get(m).norm().equals("and") && !tokens.get(m).capitalized()
						&& (surnames.contains(tokens.get(m - 1).norm()) || givenName(tokens, start))) {
					// "Ashby and Crestline's founder": a person's surname, then the organization
					start = m + 1;
					break;
				}
			}
			Token first = tokens.get(start);
			if (start == end && first.allCaps()) {
				// acronyms are read after every name is known, for their expansions
				i = end;
				continue;
			}
			boolean commonStart = first.sentenceStart() && start == end && tokens.isCommonWord(first.norm())
					&& !tokens.isProperWord(first.norm());
			if (start >= 2 && first.joined() && tokens.get(start - 1).norm().equals("the") && end > start
					&& JOINING.contains(tokens.get(start - 2).norm()) && tokens.get(start - 1).joined()
					&& !givenName(tokens, start) && !Lexicon.PLACES.contains(SuggestionEngine.joined(tokens, start, end))
					&& INSTITUTION_TAILS.contains(tokens.get(end).norm())) {
				// "joined the Inner Temple", "was inducted into the Rock Hall": a body one belongs to, named like a building
				add(orgs, orgAt, tokens, start, end);
				SuggestionEngine.mark(used, start, end);
				i = end;
				continue;
			}
			if (commonStart || notABrand(tokens, start, end, surnames)) {
				i = end;
				continue;
			}
			boolean brand = false;
			Token previous = start > 0 ? tokens.get(start - 1) : null;
			if (previous != null && first.joined() && !previous.capitalized() && Lexicon.ORGANIZATION_NOUNS.contains(previous.norm())
					&& !previous.possessive()) {
				brand = true; // "the sportswear company Halvoro", "state news agency Ukrinform"
				end = partnersEnd(tokens, used, end);
			}
			Token next = end + 1 < n ? tokens.get(end + 1) : null;
			if (!brand && next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& (Lexicon.ORGANIZATION_NOUNS.contains(next.norm()) && !NOT_BRAND_NOUNS
						.contains(next.norm()) || next.norm().equals("think") || next.norm().equals("force"))
					&& previous != null && previous.norm().equals("the")) {
				brand = true; // "the Bruegel think tank", "the Radaa force"
			}
			if (!brand && next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& MEDIA_NOUNS.contains(next.norm()) && !givenName(tokens, start) && end - start < 3
					&& (previous == null || !previous.capitalized())) {
				brand = true; // "told Al-Ahram newspaper", "on Rai television"
			}
			if (!brand && previous != null && gapHas(tokens, start, ',') && !previous.capitalized()
					&& Lexicon.ORGANIZATION_NOUNS.contains(previous.norm()) && start >= 2
					&& ARTICLES.contains(tokens.get(start - 2).norm()) && !givenName(tokens, start)) {
				// "formed a group, Harbourside Victims' Action, to": the noun says what the name is
				int full = end;
				while (full + 1 < n && full - start < 5 && !used[full + 1] && tokens.get(full + 1).joined()
						&& tokens.get(full + 1).capitalized()) {
					full++;
				}
				if (full + 1 >= n || gapHas(tokens, full + 1, ',') || gapHas(tokens, full + 1, '.')) {
					brand = true;
					end = full;
					next = full + 1 < n ? tokens.get(full + 1) : null;
				}
			}
			if (!brand && next != null && next.joined() && !next.capitalized() && placeTailed(tokens, start, end)
					&& (Lexicon.SAYING.contains(next.norm()) || Lexicon.ORGANIZATION_VERBS.contains(next.norm())
							|| HAVE.contains(next.norm()))) {
				brand = true; // "Tennis Australia said", "Historic England had objected"
			}
			if (!brand && next != null && gapHas(tokens, end + 1, ',') && next.norm().equals("which")) {
				brand = true; // "Evofenedex, which represents"
			}
			if (!brand && next != null && gapHas(tokens, end + 1, ',') && !tokens.get(end).possessive()) {
				brand = appositionNamesOrganization(tokens, end + 1);
			}
			if (!brand && tokens.get(end).possessive() && next != null && !next.capitalized()
					&& (Lexicon.TITLE_HEADS.contains(next.norm()) && !PERSONAL_AFTER_POSSESSIVE.contains(next.norm())
							|| BUSINESS_AFTER_POSSESSIVE.contains(next.norm()))) {
				brand = true; // "Nordhavn's chief financial officer", "Quillmark's annual revenue"
			}
			if (!brand && next != null && next.joined() && next.norm().equals("shares") && !tokens.get(end).possessive()) {
				brand = true; // "Markwald shares fell"
			}
			if (!brand && previous != null && previous.norm().equals("in") || !brand && previous != null && previous.norm().equals("of")) {
				brand = start >= 2 && tokens.get(start - 2).norm().equals("shares"); // "shares in Halvik Foods"
			}
			if (!brand && end - start < 2 && end + 1 < n && !used[end + 1] && tokens.get(end + 1).capitalized()
					&& ampersandGap(tokens, end + 1) && !givenName(tokens, start) && !tokens.get(end).possessive()
					&& tokens.get(end).norm().length() > 1 && tokens.get(end + 1).norm().length() > 1) {
				// "an audit by Hale & Winslow": partners joined by an ampersand are a firm
				int partner = runEnd(tokens, used, end + 1);
				if (partner >= 0 && partner - end <= 2) {
					brand = true;
					end = partner;
				}
			}
			if (!brand && start == end && Lexicon.MEDIA.contains(first.norm())) {
				brand = true;
			}
			if (!brand && end - start < 3 && next != null && next.joined() && Lexicon.SAYING.contains(next.norm())
					&& !givenName(tokens, start) && (!first.sentenceStart() || tokens.isProperWord(first.norm())
							|| !tokens.isCommonWord(first.norm())) && saidWithIt(tokens, end + 1)) {
				brand = true; // "Boeing said in a statement that it was ready"
			}
			if (!brand && start == i + 1 && tokens.get(i).capitalized() && !tokens.get(i).sentenceStart() && !quoted(tokens, i)
					&& !Lexicon.PLACES.contains("the " + SuggestionEngine.joined(tokens, start, end))) {
				// "writing in The Guardian": a capital "The" inside a sentence starts a title
				brand = true;
				start = i;
			}
			if (!brand && next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& (Lexicon.SAYING.contains(next.norm()) || Lexicon.ORGANIZATION_VERBS.contains(next.norm()))
					&& alone(tokens, start, end, tails, surnames)) {
				// "Broadcom gained 6 percent", "Mubi picked up", "Ticketmaster said": one name, no person's
				brand = true;
			}
			int plainEnd = start;
			while (plainEnd < end && tokens.get(plainEnd + 1).capitalized()) {
				plainEnd++;
			}
			if (!brand && plainEnd - start < 2 && !givenName(tokens, start) && innerCapital(tokens, start, plainEnd)) {
				// "Google DeepMind", "OpenAI", "BlackRock" (not "BlackRock and Pimco"): a capital inside a word is a brand's
				brand = true;
				end = plainEnd;
			}
			if (!brand && start == end && first.sentenceStart() && next != null && next.joined()
					&& Lexicon.SAYING.contains(next.norm()) && !tokens.isCommonWord(first.norm()) && first.norm().length() > 4
					&& !first.norm().endsWith("s") && !Lexicon.COLLECTIVES.contains(first.norm())
					&& aloneAnywhere(tokens, start, end, tails, surnames)) {
				// "Ticketmaster said demand ...": a word never written in lower case, not a plural ("Analysts said"),
				// not a group of people ("Police said") and no person's name
				brand = true;
			}
			if (!brand && previous != null && first.joined() && !previous.capitalized()
					&& Lexicon.BUYING.contains(previous.norm()) && alone(tokens, start, end, tails, surnames)) {
				// "bought Casetext", "acquired Halvik"
				brand = true;
			}
			if (!brand && end == start + 1 && tokens.get(end).joined() && next != null && next.joined() && !next.capitalized()
					&& Lexicon.BUYING.contains(next.norm()) && !tokens.get(end).possessive() && plainWord(tokens, start, tails, surnames)
					&& plainWord(tokens, end, tails, surnames)) {
				// "Thomson Reuters bought Casetext": two words, neither a person's nor a place's, buying something
				brand = true;
			}
			if (!brand && first.sentenceStart() && end > start && end - start <= 2 && RIVALS.contains(first.norm())
					&& next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& (Lexicon.SAYING.contains(next.norm()) || Lexicon.ORGANIZATION_VERBS.contains(next.norm()))
					&& alone(tokens, start + 1, end, tails, surnames)) {
				// "Rival Hapag-Lloyd raised": a word saying what the company is to another opens the sentence
				brand = true;
				start = start + 1;
			}
			if (brand) {
				add(orgs, orgAt, tokens, start, end);
				SuggestionEngine.mark(used, start, end);
			}
			i = end;
		}
		// the items of a list that says they are organizations: "funds that include Amundi, BlackRock and Pimco"
		for (int a = 1; a + 1 < n; a++) {
			Token w = tokens.get(a);
			if (w.capitalized() || !INCLUDING.contains(w.norm())
					|| !organizationsBefore(tokens, a)) {
				continue;
			}
			for (int k = a + 1; k < n && k < a + 30;) {
				int end = runEnd(tokens, used, k);
				for (int m = k + 1; m <= end; m++) {
					if (tokens.get(m).norm().equals("and") && !tokens.get(m).capitalized()) {
						end = m - 1; // "including Halvo and Brennik": two items, not one name
						break;
					}
				}
				if (end < 0 || end - k > 2) {
					break;
				}
				if (!notABrand(tokens, k, end, surnames) && alone(tokens, k, end, tails, surnames)) {
					add(orgs, orgAt, tokens, k, end);
					SuggestionEngine.mark(used, k, end);
				}
				int after = end + 1;
				if (after < n && gapHas(tokens, after, ',') && !gapHas(tokens, after, '.')) {
					k = after;
				}
				else if (after + 1 < n && tokens.get(after).norm().equals("and") && tokens.get(after).joined()) {
					k = after + 1;
					// "including Linklaters and the in-house teams at Unilever": the list goes on after "at"
					int q = k;
					if (tokens.get(q).norm().equals("the") && !tokens.get(q).capitalized()) {
						q++;
						while (q < n && q < k + 5 && !tokens.get(q).capitalized() && tokens.get(q).joined()
								&& !WORKPLACE_LINKS.contains(tokens.get(q).norm())) {
							q++;
						}
						if (q > k + 1 && q + 1 < n && WORKPLACE_LINKS.contains(tokens.get(q).norm()) && tokens.get(q).joined()
								&& tokens.get(q + 1).capitalized() && tokens.get(q + 1).joined()) {
							k = q + 1;
						}
					}
				}
				else {
					break;
				}
			}
		}
		// the other items of a list with an organization in it: "Amundi, BlackRock and Pimco"
		for (int a = 1; a + 1 < n; a++) {
			if (!tokens.get(a).norm().equals("and") || tokens.get(a).capitalized()) {
				continue;
			}
			List<int[]> items = new ArrayList<>();
			int after = runEnd(tokens, used, a + 1);
			int afterEnd = after < 0 && a + 1 < n && orgAt[a + 1] != null ? orgSpanEnd(orgAt, a + 1) : after;
			if (afterEnd < 0 || !tokens.get(a + 1).joined()) {
				continue;
			}
			items.add(new int[] { a + 1, afterEnd });
			int k = a - 1;
			while (k >= 0 && items.size() < 8) {
				int itemStart = k;
				while (itemStart > 0 && (orgAt[k] != null ? orgAt[itemStart - 1] != null && orgAt[itemStart - 1].equals(orgAt[k])
						: tokens.get(itemStart).joined() && tokens.get(itemStart - 1).capitalized() && !used[itemStart - 1])) {
					itemStart--;
				}
				if (!tokens.get(itemStart).capitalized() || k - itemStart > 2 && orgAt[k] == null) {
					break;
				}
				items.add(new int[] { itemStart, k });
				if (itemStart == 0 || !gapHas(tokens, itemStart, ',')) {
					break;
				}
				k = itemStart - 1;
			}
			boolean anyOrg = items.stream().anyMatch(it -> orgAt[it[0]] != null);
			if (!anyOrg || items.size() < 2) {
				continue;
			}
			for (int[] it : items) {
				if (orgAt[it[0]] == null && !used[it[0]] && it[1] - it[0] <= 2
						&& (!notABrand(tokens, it[0], it[1], surnames) || brandBeforePlaceWord(tokens, it[0], it[1], surnames))) {
					add(orgs, orgAt, tokens, it[0], it[1]);
					SuggestionEngine.mark(used, it[0], it[1]);
				}
			}
		}
		// two brands joined by "and" as the subject of a company's verb, or after "rivals": "Exxon Mobil and Chevron have both cut"
		for (int a = 1; a + 1 < n; a++) {
			Token and = tokens.get(a);
			if (!and.norm().equals("and") || and.capitalized() || used[a - 1] || used[a + 1] || !and.joined()
					|| !tokens.get(a + 1).joined() || !tokens.get(a - 1).capitalized() || !tokens.get(a + 1).capitalized()) {
				continue;
			}
			int leftStart = a - 1;
			while (leftStart > 0 && a - 1 - leftStart < 1 && tokens.get(leftStart).joined() && tokens.get(leftStart - 1).capitalized()
					&& !used[leftStart - 1]) {
				leftStart--;
			}
			int rightEnd = a + 1;
			if (rightEnd + 1 < n && tokens.get(rightEnd + 1).joined() && tokens.get(rightEnd + 1).capitalized() && !used[rightEnd + 1]) {
				rightEnd++;
			}
			if (rightEnd + 1 >= n || leftStart > 0 && tokens.get(leftStart - 1).capitalized() && tokens.get(leftStart).joined()) {
				continue;
			}
			Token before = leftStart > 0 ? tokens.get(leftStart - 1) : null;
			Token verb = tokens.get(rightEnd + 1);
			boolean subject = tokens.get(leftStart).sentenceStart() && verb.joined() && !verb.capitalized()
					&& (HAVE.contains(verb.norm()) || Lexicon.SAYING.contains(verb.norm())
							|| Lexicon.ORGANIZATION_VERBS.contains(verb.norm()) || BOTH.contains(verb.norm()));
			boolean afterRivals = before != null && !before.capitalized() && tokens.get(leftStart).joined()
					&& ORGANIZATION_PLURALS.contains(before.norm());
			if (!subject && !afterRivals) {
				continue;
			}
			boolean plain = true;
			for (int k = leftStart; k <= rightEnd && plain; k++) {
				plain = k == a || plainWord(tokens, k, tails, surnames) && !tokens.get(k).possessive() && !quoted(tokens, k)
						&& !Lexicon.ORGANIZATION_HEADS.contains(tokens.get(k).norm());
			}
			if (plain && !tokens.get(leftStart).sentenceStart() || plain && tokens.isProperWord(tokens.get(leftStart).norm())
					|| plain && !tokens.isCommonWord(tokens.get(leftStart).norm())) {
				add(orgs, orgAt, tokens, leftStart, a - 1);
				SuggestionEngine.mark(used, leftStart, a - 1);
				add(orgs, orgAt, tokens, a + 1, rightEnd);
				SuggestionEngine.mark(used, a + 1, rightEnd);
			}
		}
		// clubs named like their town, in sport copy: "the former Dunvale striker", "the match against Carrick"
		if (sportCopy(tokens)) {
			for (int k = 1; k < n; k++) {
				int end = runEnd(tokens, used, k);
				if (end != k) {
					k = Math.max(k, end);
					continue;
				}
				Token w = tokens.get(k);
				Token prev = tokens.get(k - 1);
				Token next = k + 1 < n ? tokens.get(k + 1) : null;
				boolean beforePosition = next != null && next.joined() && !next.capitalized() && PLAYER_POSITIONS.contains(next.norm());
				boolean club = beforePosition && (w.possessive() || !tokens.get(k).sentenceStart())
						|| w.joined() && !prev.capitalized() && CLUB_BEFORE.contains(prev.norm())
						|| w.joined() && WORKPLACE_LINKS_SPORT.contains(prev.norm()) && k >= 2 && PLAYER_POSITIONS.contains(tokens.get(k - 2).norm())
						|| w.joined() && prev.norm().equals("of") && k >= 3 && tokens.get(k - 2).capitalized()
								&& tokens.get(k - 3).capitalized() && tokens.get(k - 2).joined() && !used[k - 2] && personAt(tokens, k - 3);
				if (club && clubName(tokens, k, tails, surnames)) {
					add(orgs, orgAt, tokens, k, k);
					SuggestionEngine.mark(used, k, k);
				}
			}
		}
		// every other mention of an organization found once
		for (Org o : List.copyOf(orgs.values())) {
			List<Token> words = Tokens.of(o.name).list();
			if (words.isEmpty()) {
				continue;
			}
			for (int i : tokens.positions(words.get(0).norm())) {
				if (i + words.size() > n || used[i] || !tokens.get(i).capitalized() && words.get(0).capitalized()) {
					continue;
				}
				boolean same = true;
				for (int w = 0; w < words.size() && same; w++) {
					same = !used[i + w] && tokens.get(i + w).norm().equals(words.get(w).norm()) && (w == 0 || tokens.get(i + w).joined());
				}
				if (same && !SuggestionEngine.partOfLongerName(tokens, i, i + words.size() - 1)) {
					add(orgs, orgAt, tokens, i, i + words.size() - 1);
					SuggestionEngine.mark(used, i, i + words.size() - 1);
				}
			}
		}
	}

}
