package org.dateline.reliability;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.dateline.DatelineApplication;
import org.dateline.support.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer starts Dateline while its port is taken (say, by a Dateline already running): the
 * console says so in one short message that names the fix, with no stack trace.
 */
@Tag("slow")
class PortTakenTests {

	@TempDir
	Path dir;

	@Test
	void aTakenPortEndsTheStartWithOneMessageNamingTheFixAndNoStackTrace() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
			int port = taken.getLocalPort();
			try (ChildJvm app = ChildJvm.start(dir, DatelineApplication.class, "--server.port=" + port,
					"--dateline.embedded-database.enabled=true", "--dateline.embedded-database.data-directory=" + dir.resolve("postgres"))) {
				assertThat(app.awaitExit(Duration.ofMinutes(10))).as("the start fails").isNotZero();
				String console = app.output();
				assertThat(console).contains("APPLICATION FAILED TO START")
					.contains("Port " + port + " is already in use")
					.contains("PORT=" + (port + 1))
					.doesNotContain("\tat ")
					.doesNotContain("Exception:")
					.doesNotContain("Caused by");
				assertThat(console.lines().filter(line -> line.contains("Port " + port + " is already in use")).count())
					.as("said once").isEqualTo(1);
			}
		}
	}

}
