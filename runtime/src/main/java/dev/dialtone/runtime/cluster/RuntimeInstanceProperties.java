package dev.dialtone.runtime.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this runtime instance is among several that share one engine and one database.
 *
 * @param instanceId names this instance in job types and call records; it must be unique among the
 *     running instances and stay the same across restarts of one instance (so that it closes the
 *     calls it left open). Defaults to the host name.
 * @param leaseTime how long an instance may go without a heartbeat before another one takes over
 *     (closes) the calls it held
 * @param heartbeat how often an instance renews its lease
 */
@ConfigurationProperties("dialtone.runtime")
public record RuntimeInstanceProperties(String instanceId, Duration leaseTime, Duration heartbeat) {

  /** Letters, digits, dot, dash and underscore: it becomes part of Zeebe job types. */
  private static final String ALLOWED = "[A-Za-z0-9._-]{1,64}";

  public RuntimeInstanceProperties {
    instanceId = instanceId == null || instanceId.isBlank() ? hostName() : instanceId.strip();
    if (!instanceId.matches(ALLOWED)) {
      throw new IllegalArgumentException(
          "dialtone.runtime.instance-id must be 1 to 64 letters, digits, '.', '-' or '_', got '"
              + instanceId
              + "'");
    }
    leaseTime = leaseTime == null ? Duration.ofSeconds(30) : leaseTime;
    heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
    if (heartbeat.compareTo(leaseTime) >= 0) {
      throw new IllegalArgumentException(
          "dialtone.runtime.heartbeat ("
              + heartbeat
              + ") must be shorter than lease-time ("
              + leaseTime
              + ")");
    }
  }

  private static String hostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
      return name.length() > 64 ? name.substring(0, 64) : name;
    } catch (UnknownHostException e) {
      return "runtime";
    }
  }
}
