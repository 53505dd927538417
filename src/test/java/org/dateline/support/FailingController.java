package org.dateline.support;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Exists only on the test classpath, to prove that an unexpected failure shows no internals. */
@Controller
class FailingController {

	@GetMapping("/test-support/fail")
	String fail() {
		throw new IllegalStateException("secret internal detail from a failing handler");
	}

	/** What a handler whose back end is down (a mail relay, a search index) answers. */
	@GetMapping("/test-support/unavailable")
	String unavailable() {
		throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "secret internal detail: relay down");
	}

}
