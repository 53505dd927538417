package org.dateline.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While PostgreSQL is unreachable (stopped, restarting, the network to it down), every request
 * that needs it fails in the same few ways: no connection within Hikari's short
 * {@code connection-timeout}, or a connection cut under a running statement. This filter, outside
 * every other one (Spring Session loads sessions from the database too), turns those into a
 * short 503 page with {@code Retry-After} instead of a 500. The page never shows internals and
 * needs nothing from the database.
 * <p>
 * A form post that failed this way (a story save, say) gets its fields back in an editable form
 * that posts to the same address with the same CSRF token and version, so that nothing typed is
 * lost and pressing the button again once the database is back saves it. Password fields are
 * never echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 15;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final Set<String> TEXT_AREAS = Set.of("body", "text", "summary", "description", "note");

	private static final Set<String> TEXT_FIELDS = Set.of("headline", "dek", "dateline", "slug", "name", "publishAt");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!databaseUnavailable(ex)) {
				throw ex;
			}
			log.warn("The database is unavailable; answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			if (response.isCommitted()) {
				return;
			}
			response.resetBuffer();
			writePage(request, response);
		}
	}

	/** Whether the failure is the database being out of reach, as opposed to a bug or bad data. */
	static boolean databaseUnavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private static void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		if (request.getRequestURI().startsWith("/actuator/")) {
			response.setContentType("application/json");
			response.getWriter().print("{\"status\":\"DOWN\"}");
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		out.print("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Back in a moment</title>
				<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
				textarea,input{width:100%;box-sizing:border-box;font:inherit}textarea{min-height:14rem}label{display:block;margin-top:1rem;font-weight:600}
				button{margin-top:1rem;font:inherit;padding:.4rem 1.2rem}</style></head><body><main id="main">
				<h1>Back in a moment</h1>
				""");
		boolean resubmittable = "POST".equals(request.getMethod()) && !isMultipart(request) && !request.getParameterMap().isEmpty()
				&& !request.getRequestURI().equals("/login");
		if (resubmittable) {
			out.print("""
					<p role="alert"><strong>Not saved yet.</strong> The database is unavailable for a moment, so what you sent
					could not be saved. Your text is below, exactly as you typed it. Press the button again in a few seconds.</p>
					""");
			writeForm(request, out);
		}
		else {
			out.print("<p>The newsroom's database is unavailable for a moment. Nothing saved before was lost. "
					+ "Please try again in " + RETRY_AFTER_SECONDS + " seconds.</p>\n");
		}
		out.print("</main></body></html>\n");
		out.flush();
	}

	private static void writeForm(HttpServletRequest request, PrintWriter out) {
		out.print("<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(request.getRequestURI()) + "\">\n");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (name.toLowerCase(Locale.ROOT).contains("password")) {
				continue;
			}
			String escapedName = HtmlUtils.htmlEscape(name);
			for (String value : parameter.getValue()) {
				String escapedValue = HtmlUtils.htmlEscape(value);
				if (TEXT_AREAS.contains(name)) {
					out.print("<label for=\"f-" + escapedName + "\">" + escapedName + "</label><textarea id=\"f-" + escapedName
							+ "\" name=\"" + escapedName + "\">" + escapedValue + "</textarea>\n");
				}
				else if (TEXT_FIELDS.contains(name)) {
					out.print("<label for=\"f-" + escapedName + "\">" + escapedName + "</label><input id=\"f-" + escapedName
							+ "\" name=\"" + escapedName + "\" value=\"" + escapedValue + "\">\n");
				}
				else {
					out.print("<input type=\"hidden\" name=\"" + escapedName + "\" value=\"" + escapedValue + "\">\n");
				}
			}
		}
		out.print("<button type=\"submit\">Save again</button>\n</form>\n");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
