package org.dateline.api;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Keeps webhooks away from the newsroom's own network. The receiver's host is resolved once, here,
 * and every address it resolves to must be public: no loopback, private (10/8, 172.16/12,
 * 192.168/16, 100.64/10), link-local (169.254/16, fe80::/10), multicast, unspecified, IPv6 unique
 * local (fc00::/7) or IPv4-mapped address. The HTTP client connects to the addresses checked, so a
 * second lookup cannot swap them (DNS rebinding). Tests and local receivers turn it off with
 * {@code dateline.webhooks.allow-private-addresses=true}.
 */
final class WebhookAddressGuard implements DnsResolver {

	/** A receiver address that the guard will not connect to. */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String message) {
			super(message);
		}

	}

	private final boolean allowPrivate;

	private final DnsResolver dns = SystemDefaultDnsResolver.INSTANCE;

	WebhookAddressGuard(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = dns.resolve(host);
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new RefusedAddressException("Refused to connect to " + host + " (" + address.getHostAddress()
							+ "): not a public address.");
				}
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return host;
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first == 0 || first == 127 || (first == 100 && second >= 64 && second <= 127)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
		}
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			return uniqueLocal || mapped;
		}
		return true;
	}

}
