package org.dateline.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} for a metrics scraper: an admin account over HTTP Basic (a scraper
 * cannot fill in the sign-in form), with the same throttle as the sign-in form, no session and no
 * cookie. Readers and every other role get a 401. See {@code docs/caching.md}.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, DeskUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/actuator/prometheus")
			.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
