package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder profile of what the request threads did while a row was measured: method
 * samples ({@code jdk.ExecutionSample}, every 10 ms per running thread) of Tomcat's worker threads,
 * summed into the methods that were on top of the stack (self time) and the methods anywhere on it
 * (total time), as a flame graph's widest frames would show.
 */
final class JfrProfile {

	/** A method and the share of samples it was in. */
	record Frame(String method, long samples, double share) {
	}

	/** The profile of one row. */
	record Result(long samples, List<Frame> self, List<Frame> total) {
	}

	private final Path file;

	private Recording recording;

	JfrProfile(Path file) {
		this.file = file;
	}

	void start() {
		start(false);
	}

	/** With {@code waits}, also where the request threads waited: socket reads, parks and monitor entries, with their stacks. */
	void start(boolean waits) {
		recording = new Recording();
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
		if (waits) {
			for (String event : WAITS) {
				recording.enable(event).withThreshold(Duration.ZERO).withStackTrace();
			}
		}
		recording.start();
	}

	private static final List<String> WAITS = List.of("jdk.SocketRead", "jdk.ThreadPark", "jdk.JavaMonitorEnter");

	/**
	 * After {@link #stop}: the request threads' waiting time, in milliseconds summed over threads, by
	 * the kind of wait and the innermost application or library method that was waiting.
	 */
	List<Frame> waits(int top) throws IOException {
		Map<String, Long> micros = new HashMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			String type = event.getEventType().getName();
			if (!WAITS.contains(type) || event.getStackTrace() == null) {
				continue;
			}
			var thread = event.getThread("eventThread");
			if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-nio")) {
				continue;
			}
			String at = "?";
			for (RecordedFrame frame : event.getStackTrace().getFrames()) {
				String method = name(frame.getMethod());
				if (method.startsWith("org.dateline") || method.startsWith("io.github.bucket4j")
						|| method.startsWith("com.zaxxer") || method.startsWith("org.postgresql.jdbc.PgPreparedStatement")
						|| method.startsWith("org.springframework.jdbc.core.JdbcTemplate")) {
					at = method;
					break;
				}
			}
			micros.merge(type.substring(4) + " in " + at, event.getDuration().toNanos() / 1000, Long::sum);
		}
		List<Frame> frames = new ArrayList<>();
		micros.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> frames.add(new Frame(e.getKey(), e.getValue() / 1000, 0)));
		return frames;
	}

	Result stop(int top) throws IOException {
		recording.stop();
		recording.dump(file);
		recording.close();
		Map<String, Long> self = new HashMap<>();
		Map<String, Long> total = new HashMap<>();
		long samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			var thread = event.getThread("sampledThread");
			if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-nio")) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String method = name(frame.getMethod());
				if (seen.add(method)) {
					total.merge(method, 1L, Long::sum);
				}
			}
		}
		return new Result(samples, top(self, samples, top), top(total, samples, top, JfrProfile::interesting));
	}

	/** For total time, the application's and its libraries' own work, not the servlet and filter plumbing every request passes. */
	private static boolean interesting(String method) {
		return !(method.startsWith("org.apache.catalina") || method.startsWith("org.apache.coyote")
				|| method.startsWith("org.apache.tomcat") || method.startsWith("java.") || method.startsWith("jdk.")
				|| method.startsWith("org.springframework.web.filter") || method.startsWith("org.springframework.security.web")
				|| method.startsWith("jakarta.") || method.startsWith("org.springframework.web.servlet.FrameworkServlet")
				|| method.startsWith("org.springframework.web.servlet.DispatcherServlet") || method.contains("$$")
				|| method.startsWith("org.springframework.web.method") || method.startsWith("org.springframework.aop")
				|| method.startsWith("org.springframework.cglib") || method.startsWith("org.dateline.shared.ReaderReads")
				|| method.contains("Filter.do") || method.contains("lambda$"));
	}

	private static List<Frame> top(Map<String, Long> counts, long samples, int n) {
		return top(counts, samples, n, m -> true);
	}

	private static List<Frame> top(Map<String, Long> counts, long samples, int n, java.util.function.Predicate<String> keep) {
		List<Frame> frames = new ArrayList<>();
		counts.entrySet().stream()
			.filter(e -> keep.test(e.getKey()))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(n)
			.forEach(e -> frames.add(new Frame(e.getKey(), e.getValue(), samples == 0 ? 0 : e.getValue() / (double) samples)));
		return frames;
	}

	/** The profile as a markdown table: self and total side by side. */
	static String table(Result profile) {
		StringBuilder md = new StringBuilder("| self | method | | total | method |\n|---:|---|---|---:|---|\n");
		int n = Math.max(profile.self().size(), profile.total().size());
		for (int i = 0; i < n; i++) {
			Frame self = i < profile.self().size() ? profile.self().get(i) : null;
			Frame total = i < profile.total().size() ? profile.total().get(i) : null;
			md.append(String.format(java.util.Locale.ROOT, "| %s | %s | | %s | %s |\n", self == null ? "" : percent(self),
					self == null ? "" : "`" + self.method() + "`", total == null ? "" : percent(total),
					total == null ? "" : "`" + total.method() + "`"));
		}
		return md.toString();
	}

	private static String percent(Frame frame) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * frame.share());
	}

	private static String name(RecordedMethod method) {
		return method.getType().getName() + "." + method.getName();
	}

}
