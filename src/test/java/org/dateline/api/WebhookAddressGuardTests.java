package org.dateline.api;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks never reach the newsroom's own network unless a setting allows it. Only address
 * literals are used here, so nothing is looked up and nothing is sent.
 */
class WebhookAddressGuardTests {

	static final List<String> INTERNAL = List.of("127.0.0.1", "127.9.9.9", "10.0.0.1", "10.255.1.2", "172.16.0.1",
			"192.168.1.20", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1",
			"fd00::1", "fc00::abcd", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "ff02::1");

	@Test
	void internalAddressesAreRefusedBeforeAnyConnection() {
		WebhookAddressGuard guard = new WebhookAddressGuard(false);
		for (String address : INTERNAL) {
			assertThatThrownBy(() -> guard.resolve(address)).as(address)
				.isInstanceOf(WebhookAddressGuard.RefusedAddressException.class)
				.hasMessageContaining("not a public address");
		}
	}

	@Test
	void publicAddressesPass() throws Exception {
		for (String address : List.of("93.184.216.34", "8.8.4.4", "2001:4860:4860::8888")) {
			assertThat(WebhookAddressGuard.isInternal(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void theSettingLetsLoopbackThrough() throws Exception {
		assertThat(new WebhookAddressGuard(true).resolve("127.0.0.1")).extracting(InetAddress::getHostAddress)
			.containsExactly("127.0.0.1");
	}

	@Test
	void theSenderRefusesInternalReceiversWithoutConnecting() throws Exception {
		try (WebhookSender sender = new WebhookSender(false, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
			for (String url : List.of("http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest",
					"http://[::1]:8080/hook", "http://localhost/hook")) {
				WebhookSender.Result result = sender.send(url, Map.of(), "{}");
				assertThat(result.succeeded()).as(url).isFalse();
				assertThat(result.status()).as(url).isZero();
				assertThat(result.error()).as(url).contains("not a public address");
			}
		}
	}

}
