package dev.dialtone.runtime.webhooks;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallObserver;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.config.RuntimeConfiguration;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.runtime.recordings.RecordingsConfiguration;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Call-state webhooks: the outbox joins the journal's transaction; the delivery worker runs on its
 * own threads and is woken each time the journal commits a status change.
 */
@AutoConfiguration(after = {RuntimeConfiguration.class, RecordingsConfiguration.class})
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfiguration {

  @Bean
  WebhookRepository webhookRepository(DSLContext dsl) {
    return new WebhookRepository(dsl);
  }

  @Bean
  OutboxRepository outboxRepository(DSLContext dsl) {
    return new OutboxRepository(dsl);
  }

  @Bean(destroyMethod = "close")
  DeliveryWorker webhookDeliveryWorker(
      OutboxRepository outbox,
      WebhookRepository webhooks,
      WebhookProperties properties,
      CallJournal journal,
      CallRepository calls,
      RecordingService recordings) {
    WebhookOutbox calling = new WebhookOutbox(webhooks, outbox, calls);
    journal.hook(calling);
    DeliveryWorker worker = new DeliveryWorker(outbox, webhooks, properties);
    recordings.hook(new RecordingWebhooks(webhooks, outbox, calls, worker::wake));
    // Observers hear of a change once its batch is committed, so the rows are there to be read.
    journal.observe(
        new CallObserver() {
          @Override
          public void statusChanged(UUID callId, CallStatus status) {
            if (calling.takeEnqueued()) {
              worker.wake();
            }
          }
        });
    return worker;
  }

  @Bean
  WebhookService webhookService(
      WebhookRepository webhooks, OutboxRepository outbox, FlowRepository flows) {
    return new WebhookService(webhooks, outbox, id -> flows.find(id).isPresent());
  }
}
