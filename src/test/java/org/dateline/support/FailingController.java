package org.dateline.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only on the test classpath, to prove that an unexpected failure shows no internals. */
@Controller
class FailingController {

	@GetMapping("/test-support/fail")
	String fail() {
		throw new IllegalStateException("secret internal detail from a failing handler");
	}

}
