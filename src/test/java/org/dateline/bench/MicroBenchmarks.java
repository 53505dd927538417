package org.dateline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dateline.shared.HtmlSanitizer;
import org.dateline.shared.Slug;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmarks of the hot pure-Java parts: sanitizing a 2,000-word body, and making a slug. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MicroBenchmarks {

	String body;

	String headline;

	@Setup
	public void setUp() {
		TextGenerator text = new TextGenerator(7, 20_000);
		StringBuilder html = new StringBuilder();
		List<String> paragraphs = text.paragraphs(2_000);
		for (int i = 0; i < paragraphs.size(); i++) {
			if (i % 6 == 3) {
				html.append("<h2>").append(text.headline()).append("</h2>");
			}
			html.append("<p>").append(paragraphs.get(i).replaceFirst(" ", " <strong>").replaceFirst("\\.", "</strong>."))
				.append(" <a href=\"https://example.org/").append(i).append("\">source</a></p>");
		}
		html.append("<p onclick=\"x()\">tail<script>alert(1)</script></p>");
		body = html.toString();
		headline = "Envoys meet in Rome as talks on a ceasefire resume – again, for the third time this month";
	}

	@Benchmark
	public String sanitizeA2000WordBody() {
		return HtmlSanitizer.sanitize(body);
	}

	@Benchmark
	public String plainTextOfA2000WordBody() {
		return HtmlSanitizer.toPlainText(body);
	}

	@Benchmark
	public Slug slugFromAHeadline() {
		return Slug.from(headline, "story");
	}

}
