package org.dateline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectNames;
import org.dateline.suggest.Suggestion;

/**
 * The suggestion engine's peer: Stanford CoreNLP's statistical named-entity recognizer (the
 * English three-class CRF model: person, organization, location), turned into suggestions so the
 * same scoring applies. Only in the benchmark profile (CoreNLP is GPL). A person named again by
 * a shorter form ("Marzouk" after "Mousa Abu Marzouk") is the same person, as in the engine; the
 * recognizer gives no roles.
 */
public final class CoreNlpPeer implements Function<String, List<Suggestion>> {

	private final StanfordCoreNLP pipeline;

	public CoreNlpPeer() {
		Properties props = new Properties();
		props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
		props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
		props.setProperty("ner.applyFineGrained", "false");
		props.setProperty("ner.useSUTime", "false");
		props.setProperty("ner.applyNumericClassifiers", "false");
		props.setProperty("ner.buildEntityMentions", "true");
		this.pipeline = new StanfordCoreNLP(props);
	}

	@Override
	public List<Suggestion> apply(String text) {
		CoreDocument document = new CoreDocument(text);
		pipeline.annotate(document);
		Map<String, String[]> found = new LinkedHashMap<>();
		for (CoreEntityMention mention : document.entityMentions()) {
			SubjectKind kind = switch (mention.entityType()) {
				case "PERSON" -> SubjectKind.PERSON;
				case "ORGANIZATION" -> SubjectKind.ORGANIZATION;
				default -> null;
			};
			if (kind != null) {
				String name = mention.text().strip();
				found.putIfAbsent(kind + ":" + SubjectNames.normalize(name), new String[] { kind.name(), name });
			}
		}
		List<Suggestion> result = new ArrayList<>();
		for (String[] entity : found.values()) {
			String key = SubjectNames.normalize(entity[1]);
			boolean shortForm = entity[0].equals("PERSON") && found.keySet().stream()
				.anyMatch(k -> k.startsWith("PERSON:") && k.length() > key.length() + 7 && k.endsWith(" " + key));
			if (!shortForm) {
				result.add(new Suggestion(entity[1], SubjectKind.valueOf(entity[0]), null, List.of(entity[1]), null, null,
						List.of(), List.of(), "peer:" + key));
			}
		}
		return result;
	}

}
