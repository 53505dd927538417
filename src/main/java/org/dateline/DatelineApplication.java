package org.dateline;

import org.dateline.shared.Backups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dateline: a newsroom content-management system. Each top-level package below this one is a
 * Spring Modulith module; see {@code docs/architecture.md}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DatelineApplication {

	public static void main(String[] args) {
		if (Backups.isCommand(args)) {
			System.exit(Backups.run(args, System.getenv(), System.out));
		}
		SpringApplication.run(DatelineApplication.class, args);
	}

}
