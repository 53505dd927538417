package org.dateline.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, in-process: the errors it finds in a page, as "line:column message". */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	public static synchronized List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// warnings are advice, not errors
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " FATAL " + e.getMessage());
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not run: " + ex, ex);
		}
		return errors;
	}

}
