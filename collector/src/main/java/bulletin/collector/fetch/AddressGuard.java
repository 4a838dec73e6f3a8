package bulletin.collector.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Resolves a URL's host once and refuses it when it resolves to a loopback, private, link-local or
 * otherwise internal address, so a hostile page or redirect cannot point the collector at the
 * network it runs in. The address it returns is the one the connection is made to: a name that
 * answers differently the second time (DNS rebinding) is never asked twice. Loopback alone may be
 * allowed (tests, the demo's replay); a source may allow every address.
 */
public final class AddressGuard {
  private final boolean allowLoopback;
  private final boolean allowPrivate;
  private final HostResolver resolver;

  public AddressGuard(boolean allowLoopback, boolean allowPrivate, HostResolver resolver) {
    this.allowLoopback = allowLoopback;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** The address to connect to for {@code url}; throws when it may not be fetched. */
  public InetAddress check(URI url) throws FetchException {
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new FetchException(url, "refused: only http and https are fetched");
    }
    if (url.getHost() == null) {
      throw new FetchException(url, "refused: the URL has no host");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(url.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException(url, "host " + url.getHost() + " is not known");
    }
    if (addresses.length == 0) {
      throw new FetchException(url, "host " + url.getHost() + " has no address");
    }
    if (allowPrivate) {
      return addresses[0];
    }
    for (InetAddress a : addresses) {
      if (isInternal(a) && !(allowLoopback && a.isLoopbackAddress())) {
        throw new FetchException(url, "refused: " + url.getHost() + " resolves to the internal address "
            + a.getHostAddress() + " (a source on an intranet may allow this with allowPrivate: true)");
      }
    }
    return addresses[0];
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128) // 100.64/10 shared
        || (first == 198 && (second == 18 || second == 19)) || first >= 240;
  }
}
