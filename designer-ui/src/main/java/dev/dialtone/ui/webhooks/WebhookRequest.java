package dev.dialtone.ui.webhooks;

/** Body of {@code PUT …/webhook(s)}: where to send call events and the secret that signs them. */
record WebhookRequest(String url, String secret) {}
