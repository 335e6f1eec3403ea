package dev.dialtone.ui.calls;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.dialtone.runtime.webhooks.DeliveryAttempt;
import dev.dialtone.runtime.webhooks.OutboxEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A call's webhook events: where each went, where it stands, and every attempt with its answer. */
class WebhookDeliveries extends Grid<OutboxEntry> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("UTC"));

  WebhookDeliveries() {
    super(OutboxEntry.class, false);
    setId("call-webhooks");
    addThemeVariants(GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    addColumn(entry -> entry.event().wireName()).setHeader("Event").setAutoWidth(true);
    addColumn(entry -> entry.status().name().toLowerCase(Locale.ROOT))
        .setHeader("Status")
        .setAutoWidth(true);
    addColumn(OutboxEntry::attempts).setHeader("Attempts").setAutoWidth(true);
    addColumn(entry -> attempts(entry.history())).setHeader("Attempts (UTC: answer)");
    addColumn(OutboxEntry::url).setHeader("URL");
  }

  void show(List<OutboxEntry> entries) {
    setItems(entries);
  }

  private static String attempts(List<DeliveryAttempt> history) {
    return history.stream()
        .map(
            attempt ->
                "#"
                    + attempt.attempt()
                    + " "
                    + TIME.format(attempt.at())
                    + ": "
                    + (attempt.statusCode() != null ? attempt.statusCode() : attempt.error()))
        .collect(Collectors.joining(" · "));
  }
}
