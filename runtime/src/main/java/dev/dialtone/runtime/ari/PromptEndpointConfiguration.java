package dev.dialtone.runtime.ari;

import dev.dialtone.telephony.tts.PromptCache;
import dev.dialtone.telephony.tts.PromptSigner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The prompt endpoint where the app serves HTTP with Spring Security: its own filter chain, ahead
 * of the app's, lets Asterisk in without a login (the signed name authorises) and nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// Boot's MVC and web-security auto-configurations: the app that has them also has an HttpSecurity
@ConditionalOnClass(
    name = {
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
    })
class PromptEndpointConfiguration {

  @Bean
  PromptController promptController(PromptCache cache, PromptSigner signer) {
    return new PromptController(cache, signer);
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain promptSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/media/prompts/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
