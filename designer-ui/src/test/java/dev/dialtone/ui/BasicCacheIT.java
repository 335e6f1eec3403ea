package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic remembers a verified password briefly, but any change to the user counts at once: the
 * cache never outlives a password, role or enabled change.
 */
@SecuredAppIT
class BasicCacheIT {

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  @Test
  void aChangedPasswordStopsWorkingAtOnce() {
    users.create("carol", encoder.encode("first-password"), Role.EDITOR);
    ApiClient old = new ApiClient(port, "carol", "first-password");
    assertThat(old.get("/api/v1/flows").status()).isEqualTo(200);
    assertThat(old.get("/api/v1/flows").status()).isEqualTo(200); // now from the cache

    users.updatePasswordHash("carol", encoder.encode("second-password"));

    assertThat(old.get("/api/v1/flows").status()).isEqualTo(401);
    assertThat(new ApiClient(port, "carol", "second-password").get("/api/v1/flows").status())
        .isEqualTo(200);
  }

  @Test
  void aChangedRoleOrADisabledUserCountsAtOnce() {
    users.create("dave", encoder.encode("dave-password"), Role.EDITOR);
    ApiClient dave = new ApiClient(port, "dave", "dave-password");
    String flow =
        """
        {"format": "dialtone.flow/1", "name": "Dave's", "nodes": [{"id": "start", "type": "start"}], "edges": []}
        """;
    assertThat(dave.post("/api/v1/flows", flow).status()).isEqualTo(201);

    users.updateRole("dave", Role.VIEWER);
    assertThat(dave.post("/api/v1/flows", flow).status()).isEqualTo(403);

    users.setEnabled("dave", false);
    assertThat(dave.get("/api/v1/flows").status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsNeverTakenFromTheCache() {
    users.create("erin", encoder.encode("erin-password"), Role.VIEWER);
    assertThat(new ApiClient(port, "erin", "erin-password").get("/api/v1/flows").status())
        .isEqualTo(200);
    assertThat(new ApiClient(port, "erin", "erin-passwore").get("/api/v1/flows").status())
        .isEqualTo(401);
    assertThat(new ApiClient(port, "erinx", "erin-password").get("/api/v1/flows").status())
        .isEqualTo(401);
  }
}
