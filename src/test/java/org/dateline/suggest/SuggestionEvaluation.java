package org.dateline.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the suggestion engine over the evaluation set in {@code src/test/resources/suggest/evaluation}
 * (stories written for this project, with gold annotations) and scores it: precision and recall
 * for known subjects by kind, for new people and for new organizations, and how often a new
 * person's stated role and organization come out right.
 */
public final class SuggestionEvaluation {

	/** The set the rules were developed on. */
	public static final String DEVELOPMENT = "/suggest/evaluation/";

	/** Stories written later by someone who had not seen the engine, with the same fixture and conventions. */
	public static final String HELD_OUT = "/suggest/heldout/";

	/** Stories modelled on real wire copy (agencies, newspapers), the set the wire-copy rules were tuned on. */
	public static final String WIRE = "/suggest/wire/";

	/** Ten more wire-copy stories, scored once before any tuning and kept out of it. */
	public static final String WIRE_HELD_OUT = "/suggest/wire-heldout/";

	/**
	 * Ten fresh wire-copy stories, written after the wire held-out set had been seen, scored once
	 * before any further tuning and kept out of it.
	 */
	public static final String WIRE_FRESH = "/suggest/wire-fresh/";

	/** Every set, in the order the reports list them. */
	public static final List<String> SETS = List.of(DEVELOPMENT, HELD_OUT, WIRE, WIRE_HELD_OUT, WIRE_FRESH);

	/** True and false positives and false negatives of one measure. */
	public static final class Score {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		public double precision() {
			int predicted = truePositives + falsePositives;
			return predicted == 0 ? 1 : truePositives / (double) predicted;
		}

		public double recall() {
			int actual = truePositives + falseNegatives;
			return actual == 0 ? 1 : truePositives / (double) actual;
		}

		public int gold() {
			return truePositives + falseNegatives;
		}

		public int truePositives() {
			return truePositives;
		}

		public int falsePositives() {
			return falsePositives;
		}

		public int falseNegatives() {
			return falseNegatives;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "precision %.3f, recall %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
					truePositives, falsePositives, falseNegatives);
		}

	}

	/** The scores, and every mistake, for reading. */
	public record Result(Map<String, Score> scores, int rolesStated, int rolesRight, int stories, List<String> mistakes) {

		public double roleAccuracy() {
			return rolesStated == 0 ? 1 : rolesRight / (double) rolesStated;
		}

	}

	private SuggestionEvaluation() {
	}

	public static Result run() throws IOException {
		return run(DEVELOPMENT);
	}

	public static Result run(String root) throws IOException {
		return run(root, null);
	}

	/**
	 * Scores another recognizer on the same set: {@code peer} reads a story and returns new people
	 * and organizations. What it proposes under a known subject's name or alias is left out, as the
	 * gazetteer would have claimed it; known subjects are then not scored.
	 */
	public static Result run(String root, java.util.function.Function<String, List<Suggestion>> peer) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode fixture = json.readTree(resource(DEVELOPMENT, "fixture-subjects.json"));
		List<Gazetteer.Named> named = new ArrayList<>();
		Map<Long, SubjectKind> kinds = new LinkedHashMap<>();
		for (JsonNode s : fixture.get("subjects")) {
			List<String> aliases = new ArrayList<>();
			s.get("aliases").forEach(a -> aliases.add(a.asString()));
			SubjectKind kind = SubjectKind.valueOf(s.get("kind").asString());
			named.add(new Gazetteer.Named(s.get("id").asLong(), kind, s.get("name").asString(), aliases));
			kinds.put(s.get("id").asLong(), kind);
		}
		LiveGazetteer gazetteer = new LiveGazetteer();
		gazetteer.reset(named);
		JsonNode gold = json.readTree(resource(root, "gold.json"));
		Map<String, Score> scores = new LinkedHashMap<>();
		for (String name : List.of("known PERSON", "known ORGANIZATION", "known EVENT", "known ambiguous",
				"known (all)", "new people", "new organizations")) {
			scores.put(name, new Score());
		}
		int rolesStated = 0;
		int rolesRight = 0;
		int stories = 0;
		List<String> mistakes = new ArrayList<>();
		for (JsonNode story : gold.get("stories")) {
			stories++;
			String file = story.get("file").asString();
			String text = resource(root, "stories/" + file);
			List<Suggestion> suggestions = peer == null ? SuggestionEngine.suggest(gazetteer.snapshot(), text)
					: withoutKnownNames(peer.apply(text), named);

			Set<Long> goldKnown = new HashSet<>();
			story.get("known").forEach(k -> goldKnown.add(k.get("id").asLong()));
			Set<Set<Long>> goldAmbiguous = new HashSet<>();
			story.get("ambiguous").forEach(a -> {
				Set<Long> ids = new HashSet<>();
				a.forEach(id -> ids.add(id.asLong()));
				goldAmbiguous.add(ids);
			});
			Set<Long> predictedKnown = new HashSet<>();
			Set<Set<Long>> predictedAmbiguous = new HashSet<>();
			for (Suggestion s : suggestions) {
				if (s.known()) {
					predictedKnown.add(s.subjectId());
				}
				else if (s.ambiguous()) {
					Set<Long> ids = new HashSet<>();
					s.candidates().forEach(c -> ids.add(c.subjectId()));
					predictedAmbiguous.add(ids);
				}
			}
			for (long id : predictedKnown) {
				boolean right = goldKnown.contains(id);
				count(scores.get("known " + kinds.get(id)), right, true);
				count(scores.get("known (all)"), right, true);
				if (!right) {
					mistakes.add(file + ": suggested known #" + id + " wrongly");
				}
			}
			for (long id : goldKnown) {
				if (!predictedKnown.contains(id)) {
					count(scores.get("known " + kinds.get(id)), false, false);
					count(scores.get("known (all)"), false, false);
					mistakes.add(file + ": missed known #" + id);
				}
			}
			for (Set<Long> ids : predictedAmbiguous) {
				boolean right = goldAmbiguous.contains(ids);
				count(scores.get("known ambiguous"), right, true);
				count(scores.get("known (all)"), right, true);
				if (!right) {
					mistakes.add(file + ": ambiguity " + ids + " not in gold");
				}
			}
			for (Set<Long> ids : goldAmbiguous) {
				if (!predictedAmbiguous.contains(ids)) {
					count(scores.get("known ambiguous"), false, false);
					count(scores.get("known (all)"), false, false);
					mistakes.add(file + ": missed ambiguity " + ids);
				}
			}

			Map<String, Suggestion> newPeople = new LinkedHashMap<>();
			Map<String, Suggestion> newOrgs = new LinkedHashMap<>();
			for (Suggestion s : suggestions) {
				if (!s.known() && !s.ambiguous()) {
					(s.kind() == SubjectKind.PERSON ? newPeople : newOrgs).put(SubjectNames.normalize(s.name()), s);
				}
			}
			Set<String> goldPeople = new HashSet<>();
			for (JsonNode p : story.get("newPeople")) {
				String key = SubjectNames.normalize(p.get("name").asString());
				goldPeople.add(key);
				Suggestion found = newPeople.get(key);
				count(scores.get("new people"), found != null, false);
				if (found == null) {
					mistakes.add(file + ": missed person " + p.get("name").asString());
				}
				String role = text(p.get("role"));
				if (role != null) {
					rolesStated++;
					String organization = text(p.get("organization"));
					boolean right = found != null && same(role, found.role()) && same(organization, found.organization());
					if (right) {
						rolesRight++;
					}
					else if (found != null) {
						mistakes.add(file + ": " + p.get("name").asString() + " role '" + found.role() + "' at '"
								+ found.organization() + "', gold '" + role + "' at '" + organization + "'");
					}
				}
			}
			for (Map.Entry<String, Suggestion> e : newPeople.entrySet()) {
				if (!goldPeople.contains(e.getKey())) {
					scores.get("new people").falsePositives++;
					mistakes.add(file + ": wrong person " + e.getValue().name());
				}
			}
			Set<String> goldOrgs = new HashSet<>();
			for (JsonNode o : story.get("newOrganizations")) {
				String key = SubjectNames.normalize(o.get("name").asString());
				goldOrgs.add(key);
				boolean found = newOrgs.containsKey(key);
				count(scores.get("new organizations"), found, false);
				if (!found) {
					mistakes.add(file + ": missed organization " + o.get("name").asString());
				}
			}
			for (Map.Entry<String, Suggestion> e : newOrgs.entrySet()) {
				if (!goldOrgs.contains(e.getKey())) {
					scores.get("new organizations").falsePositives++;
					mistakes.add(file + ": wrong organization " + e.getValue().name());
				}
			}
		}
		return new Result(scores, rolesStated, rolesRight, stories, mistakes);
	}

	private static List<Suggestion> withoutKnownNames(List<Suggestion> proposed, List<Gazetteer.Named> named) {
		Set<String> names = new HashSet<>();
		for (Gazetteer.Named n : named) {
			names.add(SubjectNames.normalize(n.name()));
			n.aliases().forEach(a -> names.add(SubjectNames.normalize(a)));
		}
		return proposed.stream().filter(s -> !names.contains(SubjectNames.normalize(s.name()))).toList();
	}

	/** Counts a predicted item (right or wrong) or a gold item (found or missed). */
	private static void count(Score score, boolean right, boolean predicted) {
		if (right) {
			score.truePositives++;
		}
		else if (predicted) {
			score.falsePositives++;
		}
		else {
			score.falseNegatives++;
		}
	}

	private static boolean same(String a, String b) {
		return Objects.equals(a == null ? null : SubjectNames.normalize(a), b == null ? null : SubjectNames.normalize(b));
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	static String resource(String root, String path) throws IOException {
		try (InputStream in = SuggestionEvaluation.class.getResourceAsStream(root + path)) {
			if (in == null) {
				throw new IOException("Missing evaluation file " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	public static void main(String[] args) throws IOException {
		Result result = run(args.length > 1 ? args[1] : DEVELOPMENT);
		result.scores().forEach((k, v) -> System.out.println(k + ": " + v));
		System.out.printf(Locale.ROOT, "roles right: %d of %d (%.3f)%n", result.rolesRight(), result.rolesStated(),
				result.roleAccuracy());
		if (args.length > 0 && args[0].equals("--mistakes")) {
			result.mistakes().forEach(System.out::println);
		}
	}

}
