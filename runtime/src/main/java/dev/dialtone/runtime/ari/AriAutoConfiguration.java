package dev.dialtone.runtime.ari;

import dev.dialtone.runtime.config.RuntimeConfiguration;
import dev.dialtone.telephony.ari.AriSettings;
import dev.dialtone.telephony.ari.AriTelephony;
import dev.dialtone.telephony.ari.DialTemplate;
import dev.dialtone.telephony.tts.EspeakNgRenderer;
import dev.dialtone.telephony.tts.PromptCache;
import dev.dialtone.telephony.tts.PromptDelivery;
import dev.dialtone.telephony.tts.PromptSigner;
import dev.dialtone.telephony.tts.SpeechRenderer;
import dev.dialtone.telephony.tts.TtsPrompts;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Asterisk over ARI when {@code dialtone.telephony.ari.url} is set: one more {@code CallControl}
 * beside the simulated telephony (the call lifecycle listens to every one of them).
 */
@AutoConfiguration(before = RuntimeConfiguration.class)
@ConditionalOnProperty(prefix = "dialtone.telephony.ari", name = "url")
@EnableConfigurationProperties(AriProperties.class)
@Import(PromptEndpointConfiguration.class)
public class AriAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  SpeechRenderer speechRenderer() {
    return new EspeakNgRenderer();
  }

  @Bean
  PromptCache promptCache(AriProperties properties, SpeechRenderer renderer) {
    Path dir = properties.prompts().dir();
    return new PromptCache(
        dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "dialtone-prompts"),
        renderer);
  }

  @Bean
  PromptSigner promptSigner(AriProperties properties) {
    String secret = properties.prompts().secret();
    if (secret.isEmpty()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      secret = HexFormat.of().formatHex(random);
    }
    return new PromptSigner(secret);
  }

  @Bean
  PromptDelivery promptDelivery(AriProperties properties, PromptCache cache, PromptSigner signer) {
    AriProperties.Prompts prompts = properties.prompts();
    return switch (prompts.mode()) {
      case URL -> {
        if (prompts.baseUrl() == null) {
          throw new IllegalStateException(
              "dialtone.telephony.ari.prompts.base-url must say how Asterisk reaches this app"
                  + " (prompts.mode=url), or set prompts.mode=directory");
        }
        yield new PromptDelivery.Http(prompts.baseUrl(), signer);
      }
      case DIRECTORY -> new PromptDelivery.SharedDirectory(cache.directory());
    };
  }

  @Bean(destroyMethod = "close")
  AriTelephony ariTelephony(AriProperties properties, PromptCache cache, PromptDelivery delivery) {
    AriSettings settings =
        new AriSettings(
            properties.url(),
            properties.username(),
            properties.password(),
            properties.app(),
            new DialTemplate(properties.dialTemplate()),
            properties.reconnectFloor(),
            properties.reconnectCeiling(),
            properties.keepalive());
    return new AriTelephony(settings, new TtsPrompts(cache, delivery));
  }

  @Bean
  AriLifecycle ariLifecycle(AriTelephony telephony) {
    return new AriLifecycle(telephony);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Health {

    @Bean
    HealthIndicator ariHealthIndicator(AriTelephony telephony, AriProperties properties) {
      return new AriHealthIndicator(telephony, properties.url().toString());
    }
  }
}
