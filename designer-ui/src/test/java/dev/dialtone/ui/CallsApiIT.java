package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.NewCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/calls}: keyset pages by an opaque cursor, the filters, and a 400 naming the
 * parameter and its value for anything it cannot read. Each test lists only its own calls (a number
 * of its own), as the database is shared with other tests.
 */
@SecuredAppIT
class CallsApiIT {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  @LocalServerPort int port;
  @Autowired CallRepository calls;

  ApiClient admin;
  String number;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    number = "+1999" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
  }

  @Test
  void pagesFollowTheCursorToTheEndWithoutLosingOrRepeatingACall() {
    List<String> inserted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // two calls per instant: a page boundary falls between calls of the same instant
      inserted.add(0, insert(call(T0.plusSeconds(i / 2), CallDirection.INCOMING, null)).toString());
    }

    List<String> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page =
          list("number=" + enc(number) + "&limit=2" + (next == null ? "" : "&cursor=" + next));
      page.path("calls").forEach(call -> seen.add(call.path("id").asString()));
      next = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
      pages++;
    } while (next != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen)
        .hasSize(5)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(inserted);
    assertThat(list("number=" + enc(number) + "&limit=5").path("next_cursor").isNull()).isTrue();
  }

  @Test
  void filtersByDirectionChainingMasterAndDateRange() {
    UUID master = insert(call(T0, CallDirection.INCOMING, null));
    UUID leg = insert(call(T0.plusSeconds(1), CallDirection.OUTGOING, master));
    UUID later = insert(call(T0.plusSeconds(3_600), CallDirection.INCOMING, null));
    String mine = "number=" + enc(number);

    assertThat(ids(list(mine + "&chained=false"))).containsExactly(later, master);
    assertThat(ids(list(mine + "&chained=true"))).containsExactly(leg);
    assertThat(ids(list("master_call_id=" + master))).containsExactly(leg);
    assertThat(ids(list(mine + "&direction=outgoing"))).containsExactly(leg);
    assertThat(ids(list(mine + "&since=" + enc(T0.plusSeconds(1).toString()))))
        .containsExactly(later, leg);
    assertThat(ids(list(mine + "&until=" + enc(T0.plusSeconds(1).toString()))))
        .containsExactly(master);
    assertThat(ids(list(mine + "&status=dialing&limit=1"))).containsExactly(later);
    JsonNode first = list(mine).path("calls").get(0);
    assertThat(first.path("master_call_id").isNull()).isTrue();
    assertThat(first.path("direction").asString()).isEqualTo("incoming");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          limit=0                    | limit          | '0'
          limit=201                  | limit          | '201'
          limit=ten                  | limit          | 'ten'
          cursor=garbage             | cursor         | 'garbage'
          cursor=YzF8eHx5            | cursor         | 'YzF8eHx5'
          since=yesterday            | since          | 'yesterday'
          until=2026-12-01           | until          | '2026-12-01'
          status=sleeping            | status         | 'sleeping'
          direction=sideways         | direction      | 'sideways'
          chained=maybe              | chained        | 'maybe'
          master_call_id=42          | master_call_id | '42'
          flow_id=nope               | flow_id        | 'nope'
          number=5550100             | number         | '5550100'
          from=2026-12-01T00:00:00Z  | from           | since/until
          since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z | until | 2026-12-01T00:00:00Z
          """)
  void aBadParameterIsA400NamingItAndItsValue(String query, String field, String quoted) {
    ApiClient.Response response = admin.get("/api/v1/calls?" + query);

    assertThat(response.status()).isEqualTo(400);
    JsonNode problem = response.json().path("problems").get(0);
    assertThat(problem.path("field").asString()).isEqualTo(field);
    assertThat(problem.path("message").asString()).contains(quoted);
  }

  @Test
  void everyWrongParameterIsNamedAtOnce() {
    JsonNode problems =
        admin.get("/api/v1/calls?limit=0&status=x&cursor=y").json().path("problems");

    assertThat(problems)
        .extracting(p -> p.path("field").asString())
        .containsExactly("status", "cursor", "limit");
  }

  private JsonNode list(String query) {
    ApiClient.Response response = admin.get("/api/v1/calls?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private NewCall call(Instant at, CallDirection direction, UUID master) {
    return new NewCall(
        UUID.randomUUID(),
        null,
        null,
        CallRevision.PUBLISHED,
        direction,
        direction == CallDirection.INCOMING ? "+4917612345678" : number,
        direction == CallDirection.INCOMING ? number : "+4917600000000",
        CallStatus.DIALING,
        master,
        null,
        at);
  }

  private UUID insert(NewCall call) {
    calls.insert(call);
    return call.id();
  }

  private static List<UUID> ids(JsonNode page) {
    List<UUID> ids = new ArrayList<>();
    page.path("calls").forEach(call -> ids.add(UUID.fromString(call.path("id").asString())));
    return ids;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
