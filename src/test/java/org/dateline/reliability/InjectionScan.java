package org.dateline.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.support.ChildJvm;

/**
 * The injection scan: sqlmap (the Debian package) at level 2 against reader search, the sign-in
 * form and the desk's story form, each a run of its own with {@code --batch} and a time bound,
 * against the real application on its embedded database. The story form is scanned signed in,
 * with the session's cookie and a fresh CSRF token fetched by sqlmap before every request. The
 * verdict comes from sqlmap's own output, and each route's figures say how many requests reached
 * the application's code (failed sign-ins in the audit log, stories created), so that a scan that
 * never got past the CSRF check or the sign-in cannot pass as a clean one.
 */
final class InjectionScan {

	/** One sqlmap run and what it found. */
	record Route(String name, String command, List<String> parameters, String verdict, boolean injectable, boolean finished,
			int requests, int serverErrors, String reached, long seconds) {

	}

	private static final Pattern REQUEST = Pattern.compile("HTTP request \\[#\\d+\\]");

	private static final Pattern NOT_INJECTABLE = Pattern.compile("(?:parameter|header) '([^']+)' does not seem to be injectable");

	private static final Pattern SERVER_ERROR = Pattern.compile("HTTP response \\[#\\d+\\] \\(5\\d\\d");

	private final Path work;

	private final Duration limit;

	private InjectionScan(Path work, Duration limit) {
		this.work = work;
		this.limit = limit;
	}

	/** Runs the three scans, each bounded by {@code limit}. */
	static List<Route> run(Path work, Duration limit) throws Exception {
		return new InjectionScan(work, limit).scan();
	}

	private List<Route> scan() throws Exception {
		SuiteApp suite = new SuiteApp(work);
		try {
			return scan(suite);
		}
		finally {
			suite.stopDatabase();
		}
	}

	private List<Route> scan(SuiteApp suite) throws Exception {
		List<Route> routes = new ArrayList<>();
		// the sign-in throttle is raised so that sqlmap's thousands of failed sign-ins reach the
		// account lookup instead of the throttle's refusal; the throttle has tests of its own
		try (ChildJvm app = suite.start("--dateline.security.max-failures=1000000", "--dateline.demo=false")) {
			DeskClient desk = new DeskClient(suite.port());
			desk.signIn();
			String base = desk.base();
			long section;
			try (Connection db = suite.connect(); Statement statement = db.createStatement();
					ResultSet rs = statement.executeQuery("select min(id) from section")) {
				rs.next();
				section = rs.getLong(1);
			}

			// the three runs go at once (each against its own route), so that the bound is per route
			// and the whole scan takes as long as the slowest
			List<Scan> scans = new ArrayList<>();
			scans.add(start("reader search `GET /search`", List.of("q", "section", "from", "to", "subject", "page"),
					List.of("-u", base + "/search?q=talks&section=news&from=2026-01-01&to=2026-12-31&subject=someone&page=1",
							"-p", "q,section,from,to,subject,page"),
					suite, "select 0"));
			scans.add(start("sign-in form `POST /login`", List.of("username", "password"),
					List.of("-u", base + "/login", "--data", "_csrf=x&username=reporter&password=wrong+password", "-p",
							"username,password", "--csrf-token=_csrf", "--csrf-url=" + base + "/login"),
					suite, "select count(*) from audit_event where action = 'SIGN_IN_FAILED'"));
			scans.add(start("desk story form `POST /desk/articles` (signed in)",
					List.of("headline", "dek", "body", "sectionId", "dateline", "bylines"),
					List.of("-u", base + "/desk/articles", "--data",
							"_csrf=x&headline=Council+votes&dek=A+short+dek&body=%3Cp%3EText.%3C%2Fp%3E&sectionId=" + section
									+ "&dateline=Oslo&bylines=%40admin",
							"-p", "headline,dek,body,sectionId,dateline,bylines", "--cookie", "SESSION=" + desk.cookie("SESSION"),
							"--csrf-token=_csrf", "--csrf-url=" + base + "/desk/articles/new"),
					suite, "select count(*) from article"));
			for (Scan scan : scans) {
				routes.add(finish(scan, suite));
			}

			if (desk.get("/desk").statusCode() != 200) {
				throw new IllegalStateException("The desk session did not survive the scan");
			}
			app.stop();
		}
		return routes;
	}

	/** A sqlmap run under way. */
	private record Scan(String name, List<String> parameters, List<String> command, Process process, Path log, Path traffic,
			String reachedSql, long before, long started) {

	}

	private Scan start(String name, List<String> parameters, List<String> target, SuiteApp suite, String reachedSql) throws Exception {
		long before = count(suite, reachedSql);
		Path output = Files.createDirectories(work.resolve("sqlmap-" + Integer.toHexString(name.hashCode())));
		// --dbms: Dateline runs on PostgreSQL only, so the payloads of other databases would only
		// spend the time bound
		List<String> command = new ArrayList<>(List.of("sqlmap", "--batch", "--level=2", "--risk=1", "--dbms=PostgreSQL",
				"--flush-session", "--output-dir=" + output, "--timeout=20", "--retries=1", "--disable-coloring"));
		command.addAll(target);
		Path log = work.resolve(output.getFileName() + ".log");
		Path traffic = work.resolve(output.getFileName() + ".traffic");
		command.add("-t");
		command.add(traffic.toString());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new Scan(name, parameters, command, process, log, traffic, reachedSql, before, started);
	}

	private Route finish(Scan scan, SuiteApp suite) throws Exception {
		long left = limit.toNanos() - (System.nanoTime() - scan.started());
		boolean finished = scan.process().waitFor(Math.max(0, left), TimeUnit.NANOSECONDS);
		if (!finished) {
			scan.process().destroy();
			if (!scan.process().waitFor(10, TimeUnit.SECONDS)) {
				scan.process().destroyForcibly();
			}
		}
		long seconds = (System.nanoTime() - scan.started()) / 1_000_000_000;
		String text = Files.readString(scan.log(), StandardCharsets.UTF_8);
		long after = count(suite, scan.reachedSql());
		boolean injectable = text.contains("identified the following injection point");
		List<String> clean = new ArrayList<>();
		Matcher m = NOT_INJECTABLE.matcher(text);
		while (m.find()) {
			clean.add(m.group(1));
		}
		String verdict;
		if (injectable) {
			verdict = "injectable: " + injectionPoints(text);
		}
		else if (text.contains("all tested parameters do not appear to be injectable")) {
			verdict = "no parameter appears injectable (" + String.join(", ", clean) + ")";
		}
		else if (!finished) {
			verdict = "stopped at the time limit; not injectable so far: " + (clean.isEmpty() ? "none finished" : String.join(", ", clean));
		}
		else {
			verdict = "no verdict (see the log)";
		}
		String reached = scan.reachedSql().equals("select 0") ? "" : Long.toString(after - scan.before());
		return new Route(scan.name(), displayed(scan.command()), scan.parameters(), verdict, injectable,
				finished && !verdict.startsWith("no verdict"), count(scan.traffic(), REQUEST), count(scan.traffic(), SERVER_ERROR),
				reached, seconds);
	}

	private static long count(SuiteApp suite, String sql) throws IOException, SQLException {
		try (Connection db = suite.connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String injectionPoints(String text) {
		int at = text.indexOf("identified the following injection point");
		int end = text.indexOf("---", text.indexOf("---", at) + 3);
		return text.substring(at, end < 0 ? Math.min(text.length(), at + 400) : end).replace('\n', ' ');
	}

	/** Lines of sqlmap's traffic log that match: one {@code HTTP request [#n]} per request sent. */
	private static int count(Path traffic, Pattern pattern) throws IOException {
		if (!Files.exists(traffic)) {
			return 0;
		}
		int total = 0;
		try (BufferedReader reader = Files.newBufferedReader(traffic, StandardCharsets.ISO_8859_1)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (pattern.matcher(line).lookingAt()) {
					total++;
				}
			}
		}
		return total;
	}

	/** The command as the doc shows it: no session cookie, no machine paths. */
	private static String displayed(List<String> command) {
		List<String> shown = new ArrayList<>();
		for (String part : command) {
			if (part.startsWith("--output-dir=") || part.equals("-t") || part.endsWith(".traffic")) {
				continue;
			}
			String p = part.replaceAll("SESSION=[^;\\s]+", "SESSION=<the session cookie>")
				.replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://127.0.0.1:PORT")
				.replaceAll("sectionId=\\d+", "sectionId=<a section id>");
			shown.add(p.contains(" ") || p.contains("&") || p.contains("?") ? "'" + p + "'" : p);
		}
		return String.join(" ", shown);
	}

}
