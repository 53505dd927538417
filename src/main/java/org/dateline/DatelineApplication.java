package org.dateline;

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
		SpringApplication.run(DatelineApplication.class, args);
	}

}
