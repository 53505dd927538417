package org.dateline.suggest;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.dateline.subject.SubjectKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The suggestion engine against a gazetteer of 100,000 subjects and 300,000 aliases: one
 * 2,000-word story, candidates included (JMH), and outside JMH the time to build the gazetteer
 * and the memory it holds ({@link #measureGazetteer()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SuggestionBenchmarks {

	static final int SUBJECTS = 100_000;

	LiveGazetteer.Snapshot snapshot;

	String story;

	@Setup
	public void setUp() {
		List<Gazetteer.Named> subjects = subjects(SUBJECTS, 11);
		LiveGazetteer live = new LiveGazetteer();
		live.reset(subjects);
		snapshot = live.snapshot();
		story = story(subjects, 2_000, 13);
	}

	@Benchmark
	public List<Suggestion> suggestA2000WordStory() {
		return SuggestionEngine.suggest(snapshot, story);
	}

	/** Made-up subjects with three aliases each: people, organizations and events. */
	static List<Gazetteer.Named> subjects(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Gazetteer.Named> subjects = new ArrayList<>(count);
		for (int id = 1; id <= count; id++) {
			int kind = id % 20;
			if (kind < 9) {
				String given = word(random, 2);
				String middle = word(random, 2);
				String surname = word(random, 3);
				subjects.add(new Gazetteer.Named(id, SubjectKind.PERSON, given + " " + middle + " " + surname,
						List.of(surname, given.charAt(0) + ". " + surname, given + " " + surname)));
			}
			else if (kind < 16) {
				String a = word(random, 2);
				String b = word(random, 3);
				String head = HEADS[random.nextInt(HEADS.length)];
				subjects.add(new Gazetteer.Named(id, SubjectKind.ORGANIZATION, a + " " + b + " " + head,
						List.of("" + a.charAt(0) + b.charAt(0) + head.charAt(0) + (id % 100), a + " " + head, b + " " + head)));
			}
			else {
				String place = word(random, 3);
				String what = EVENTS[random.nextInt(EVENTS.length)];
				subjects.add(new Gazetteer.Named(id, SubjectKind.EVENT, place + " " + what + " " + (1990 + id % 36),
						List.of(place + " " + what, "the " + place + " " + what.toLowerCase(Locale.ROOT), place + " " + id)));
			}
		}
		return subjects;
	}

	private static final String[] HEADS = { "Union", "Ministry", "Bank", "Agency", "Council", "Party", "Group",
			"Foundation", "Institute", "Authority" };

	private static final String[] EVENTS = { "Summit", "Talks", "Election", "Conference", "Strike", "Accord" };

	private static final String[] SYLLABLES = { "ka", "ren", "mo", "vel", "dor", "an", "is", "tor", "lu", "bri", "sa",
			"nek", "ol", "var", "hin", "est", "qu", "ma", "zel", "fo", "gra", "tin", "ul", "per" };

	private static String word(SplittableRandom random, int syllables) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
	}

	/** About {@code words} words of running text with known names, titles and new names mixed in. */
	static String story(List<Gazetteer.Named> subjects, int words, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		String[] filler = ("the of and to in a for on with said that it was as at by from officials would "
				+ "government talks week after before during minister agreement plan city port workers "
				+ "council vote members budget said on Monday").split(" ");
		StringBuilder text = new StringBuilder("KESSLING \u2014 ");
		int written = 0;
		while (written < words) {
			int sentence = 12 + random.nextInt(14);
			for (int w = 0; w < sentence; w++) {
				int roll = random.nextInt(100);
				if (roll < 3) {
					Gazetteer.Named s = subjects.get(random.nextInt(subjects.size()));
					text.append(random.nextBoolean() ? s.name() : s.aliases().get(random.nextInt(s.aliases().size())));
				}
				else if (roll < 4) {
					text.append("Deputy Finance Minister ").append(word(random, 2)).append(' ').append(word(random, 3));
				}
				else if (roll < 5) {
					text.append(word(random, 2)).append(' ').append(word(random, 3)).append(", a spokesman for the ")
						.append(word(random, 3)).append(" Workers' Union,");
				}
				else {
					text.append(filler[random.nextInt(filler.length)]);
				}
				text.append(w == sentence - 1 ? ". " : " ");
				written++;
			}
			if (random.nextInt(5) == 0) {
				text.append("\n\n");
			}
		}
		return text.toString();
	}

	/** Median seconds to build the gazetteer (3 builds), and the heap it holds in MB. */
	public static double[] measureGazetteer() {
		double[] seconds = new double[3];
		long aliases = 0;
		for (int i = 0; i < seconds.length; i++) {
			List<Gazetteer.Named> subjects = subjects(SUBJECTS, 11);
			aliases = subjects.stream().mapToLong(s -> s.aliases().size()).sum();
			long t = System.nanoTime();
			new LiveGazetteer().reset(subjects);
			seconds[i] = (System.nanoTime() - t) / 1e9;
		}
		Arrays.sort(seconds);
		// the memory of everything the gazetteer keeps, subjects' names included, as it is when loaded
		long before = usedAfterGc();
		LiveGazetteer held = new LiveGazetteer();
		held.reset(subjects(SUBJECTS, 11));
		long after = usedAfterGc();
		double megabytes = (after - before) / 1024.0 / 1024.0;
		if (held.snapshot().base().size() != SUBJECTS) {
			throw new IllegalStateException("gazetteer lost subjects");
		}
		return new double[] { seconds[1], megabytes, SUBJECTS, aliases, held.snapshot().base().patterns() };
	}

	/** The heap in use once collecting no longer frees anything (at most ten collections). */
	private static long usedAfterGc() {
		var memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			System.gc();
			long now = memory.getHeapMemoryUsage().getUsed();
			if (now >= used) {
				return now;
			}
			used = now;
		}
		return used;
	}

}
