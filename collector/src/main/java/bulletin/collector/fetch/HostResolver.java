package bulletin.collector.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses: the system's DNS, or a test's own answers. */
@FunctionalInterface
public interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
