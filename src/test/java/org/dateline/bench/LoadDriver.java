package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the running app with wrk, the HTTP load tool: a fixed number of connections, a list of
 * paths picked at random for every request, and latency percentiles and error counts read back
 * from a Lua {@code done} hook.
 */
final class LoadDriver {

	/** One wrk run. {@code errors} counts socket errors and responses other than 2xx and 3xx. */
	record Run(double requestsPerSecond, double p50ms, double p95ms, double p99ms, long requests, long errors) {
	}

	private static final Pattern RESULT = Pattern.compile(
			"RESULT requests=(\\d+) duration_us=(\\d+) errors=(\\d+) status=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

	private final String wrk;

	private final Path workDir;

	LoadDriver(String wrk, Path workDir) {
		this.wrk = wrk;
		this.workDir = workDir;
	}

	static java.util.Optional<String> findWrk() {
		for (String candidate : List.of("/usr/bin/wrk", "/usr/local/bin/wrk")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return java.util.Optional.of(candidate);
			}
		}
		return java.util.Optional.empty();
	}

	Run run(String baseUrl, List<String> paths, Map<String, String> headers, int connections, int threads,
			int seconds) throws IOException, InterruptedException {
		Path script = workDir.resolve("paths-" + Math.abs(paths.hashCode()) + ".lua");
		Files.writeString(script, lua(paths, headers), StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(wrk, "-t" + threads, "-c" + connections, "-d" + seconds + "s",
				"--timeout", "10s", "-s", script.toString(), baseUrl));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("wrk failed: " + output);
		}
		Matcher m = RESULT.matcher(output);
		if (!m.find()) {
			throw new IOException("No result line from wrk: " + output);
		}
		long requests = Long.parseLong(m.group(1));
		double duration = Long.parseLong(m.group(2)) / 1e6;
		long errors = Long.parseLong(m.group(3)) + Long.parseLong(m.group(4));
		return new Run(requests / duration, Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0,
				Long.parseLong(m.group(7)) / 1000.0, requests, errors);
	}

	private static String lua(List<String> paths, Map<String, String> headers) {
		StringBuilder sb = new StringBuilder("local paths = {\n");
		for (String path : paths) {
			sb.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
		}
		sb.append("}\nlocal headers = {}\n");
		headers.forEach((k, v) -> sb.append("headers[\"").append(k).append("\"] = \"")
			.append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
		sb.append("""
				init = function(args)
				  math.randomseed(os.time() + math.floor(os.clock() * 100000))
				end
				request = function()
				  return wrk.format("GET", paths[math.random(#paths)], headers)
				end
				done = function(summary, latency, requests)
				  local e = summary.errors
				  io.write(string.format("RESULT requests=%d duration_us=%d errors=%d status=%d p50=%d p95=%d p99=%d\\n",
				    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
				    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
				end
				""");
		return sb.toString();
	}

}
